import type { Lang } from '../../i18n/index.ts';
import type { DeckContent } from './types.ts';

const cache = new Map<Lang, Promise<DeckContent>>();

/**
 * The parsed deck in `lang`. The Markdown is parsed at build time (see
 * build/slidesPlugin.ts); each language is its own chunk, downloaded once.
 */
export function loadContent(lang: Lang): Promise<DeckContent> {
  let pending = cache.get(lang);
  if (!pending) {
    pending = (lang === 'zh' ? import('virtual:deck-content/zh') : import('virtual:deck-content/en')).then((m) => m.default);
    pending.catch(() => cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}
