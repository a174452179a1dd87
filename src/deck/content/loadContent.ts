import type { Lang } from '../../i18n/index.ts';
import { withNotes, type DeckNotes } from './notes.ts';
import type { DeckContent } from './types.ts';

function cached<T>(cache: Map<Lang, Promise<T>>, lang: Lang, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(lang);
  if (!pending) {
    pending = load();
    pending.catch(() => cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}

const slides = new Map<Lang, Promise<DeckContent>>();
const notes = new Map<Lang, Promise<DeckNotes>>();
const full = new Map<Lang, Promise<DeckContent>>();

/**
 * The parsed deck in `lang`, without speaker notes (see notes.ts). The
 * Markdown is parsed at build time (see build/slidesPlugin.ts); each
 * language is its own chunk, downloaded once.
 */
export function loadContent(lang: Lang): Promise<DeckContent> {
  return cached(slides, lang, () => (lang === 'zh' ? import('virtual:deck-content/zh') : import('virtual:deck-content/en')).then((m) => m.default));
}

/** The speaker notes of the deck in `lang`, fetched after the first paint. */
export function loadNotes(lang: Lang): Promise<DeckNotes> {
  return cached(notes, lang, () => (lang === 'zh' ? import('virtual:deck-notes/zh') : import('virtual:deck-notes/en')).then((m) => m.default));
}

/** The deck in `lang` with its speaker notes (reading mode, the PDF, search). */
export function loadFullContent(lang: Lang): Promise<DeckContent> {
  return cached(full, lang, () => Promise.all([loadContent(lang), loadNotes(lang)]).then(([c, n]) => withNotes(c, n)));
}
