import type { Source } from './types.ts';

export const simChoiceSources = {
} as const satisfies Record<string, Source>;
