import type { Source } from './types.ts';

export const energySources = {
} as const satisfies Record<string, Source>;
