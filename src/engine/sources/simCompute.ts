import type { Source } from './types.ts';

export const simComputeSources = {
} as const satisfies Record<string, Source>;
