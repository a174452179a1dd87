import type { Source } from './types.ts';

export const compressionSources = {
} as const satisfies Record<string, Source>;
