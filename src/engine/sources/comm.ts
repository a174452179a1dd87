import type { Source } from './types.ts';

export const commSources = {
} as const satisfies Record<string, Source>;
