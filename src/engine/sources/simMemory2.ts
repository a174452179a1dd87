import type { Source } from './types.ts';

export const simMemory2Sources = {
} as const satisfies Record<string, Source>;
