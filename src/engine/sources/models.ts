import type { Source } from './types.ts';

export const modelsSources = {
} as const satisfies Record<string, Source>;
