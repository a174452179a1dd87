import type { Source } from './types.ts';

export const simPracticeSources = {
} as const satisfies Record<string, Source>;
