import type { Source } from './types.ts';

export const simMemorySources = {
} as const satisfies Record<string, Source>;
