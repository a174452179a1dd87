import type { Source } from './types.ts';

export const hardwareSources = {
} as const satisfies Record<string, Source>;
