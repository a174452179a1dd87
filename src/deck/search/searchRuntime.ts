/**
 * Search in the browser: loads the language's prebuilt index (and
 * MiniSearch) the first time search opens, then answers queries. Kept out of
 * the start-up bundle.
 */
import type { Lang } from '../../i18n/index.ts';
import { loadFullContent } from '../content/loadContent.ts';
import { loadSearchIndex, searchDocs, type SearchDoc } from './searchIndex.ts';

export interface SearchHit {
  readonly h: number;
  readonly v: number;
  readonly title: string;
  readonly section: string;
  /** The slide's number as the deck shows it (1-based, in lecture order). */
  readonly number: number;
  /** A short excerpt around the first match, and whether it comes from the speaker notes. */
  readonly excerpt: string;
  readonly inNotes: boolean;
}

type Index = ReturnType<typeof loadSearchIndex>;
const indexes = new Map<Lang, Promise<Index>>();

function indexFor(lang: Lang): Promise<Index> {
  let pending = indexes.get(lang);
  if (!pending) {
    pending = (lang === 'zh' ? import('virtual:deck-search/zh') : import('virtual:deck-search/en')).then((m) => loadSearchIndex(m.default));
    pending.catch(() => indexes.delete(lang));
    indexes.set(lang, pending);
  }
  return pending;
}

const docCache = new Map<Lang, Promise<readonly SearchDoc[]>>();

function docsFor(lang: Lang): Promise<readonly SearchDoc[]> {
  let pending = docCache.get(lang);
  if (!pending) {
    pending = loadFullContent(lang).then(searchDocs);
    pending.catch(() => docCache.delete(lang));
    docCache.set(lang, pending);
  }
  return pending;
}

function excerpt(text: string, terms: readonly string[], width = 60): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const i = lower.indexOf(term.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.slice(0, width * 2);
  const start = Math.max(0, at - width);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + width)}${at + width < text.length ? '…' : ''}`;
}

const MAX_QUERY = 200;

export async function searchSlides(lang: Lang, query: string, limit = 12): Promise<SearchHit[]> {
  const q = query.trim().slice(0, MAX_QUERY);
  if (!q) return [];
  const [index, docs] = await Promise.all([indexFor(lang), docsFor(lang)]);
  return index.search(q).slice(0, limit).flatMap((r) => {
    const doc = docs[r.id as number];
    if (!doc) return [];
    const fields = new Set(Object.values(r.match).flat());
    const inText = fields.has('text') || fields.has('title');
    return [{ h: doc.h, v: doc.v, title: doc.title, section: doc.section, number: doc.id + 1, excerpt: excerpt(inText ? doc.text : doc.notes, r.terms), inNotes: !inText }];
  });
}
