import type { Source } from './types.ts';

export const simCommSources = {
} as const satisfies Record<string, Source>;
