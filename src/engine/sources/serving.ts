import type { Source } from './types.ts';

export const servingSources = {
} as const satisfies Record<string, Source>;
