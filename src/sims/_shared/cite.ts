import { getSource, type SourceKey } from '../../engine/index.ts';

/** A one-line citation of a source key, for "show the work" panels. */
export function cite(key: SourceKey): string {
  const s = getSource(key);
  return [`${s.authors} (${s.year}). ${s.title}`, s.venue, s.section].filter(Boolean).join('. ');
}
