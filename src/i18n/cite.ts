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

/**
 * A source as author and year, for a table cell: "Kwon et al. 2023",
 * "NVIDIA 2025" (an organisation keeps its name, its note in brackets dropped).
 */
export function citeShort(key: SourceKey): string {
  if (!isSourceKey(key)) return String(key);
  const s = getSource(key);
  const first = (s.authors.split(/[,(]/)[0] ?? s.authors).trim();
  const several = /et al\./.test(s.authors) || (!s.authors.includes('(') && s.authors.split(',').length > 2);
  return `${first}${several ? ' et al.' : ''} ${s.year}`;
}
