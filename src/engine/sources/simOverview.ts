import type { Source } from './types.ts';

export const simOverviewSources = {
} as const satisfies Record<string, Source>;
