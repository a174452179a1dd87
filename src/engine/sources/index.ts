/**
 * The registry of sources. Each area keeps its own file; this index merges
 * them, and `SourceKey` is the union of their keys, so citing a key that does
 * not exist fails to compile.
 */
import type { Source } from './types.ts';
import { lectureSources } from './lecture.ts';

export type { Source } from './types.ts';

export const sources = {
  ...lectureSources,
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof sources;

export const getSource = (key: SourceKey): Source => sources[key];
export const isSourceKey = (key: string): key is SourceKey => Object.prototype.hasOwnProperty.call(sources, key);
