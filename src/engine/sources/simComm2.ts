import type { Source } from './types.ts';

export const simComm2Sources = {
} as const satisfies Record<string, Source>;
