import { getSource, isSourceKey, type SourceKey } from '../engine/index.ts';

/**
 * A source as a citation — authors (year). Title. Venue. Section — for
 * "show the work" panels and reference lists; never the registry's key.
 */
export function cite(key: SourceKey): string {
  if (!isSourceKey(key)) return String(key);
  const s = getSource(key);
  return [`${s.authors} (${s.year}). ${s.title}`, s.venue, s.section].filter(Boolean).join('. ');
}
