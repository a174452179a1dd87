import type { Lang } from '../../i18n/index.ts';
import type { DeckContent } from './types.ts';

const cache = new Map<Lang, Promise<DeckContent>>();

async function importSources(lang: Lang): Promise<Record<string, string>> {
  const module = lang === 'zh' ? await import('./slidesZh.ts') : await import('./slidesEn.ts');
  return module.default;
}

/** The parsed deck in `lang` (downloaded and parsed once per language). */
export function loadContent(lang: Lang): Promise<DeckContent> {
  let pending = cache.get(lang);
  if (!pending) {
    // The parser (marked + KaTeX) is its own chunk, fetched in parallel with
    // the slide text, so the first script the page loads stays small.
    pending = Promise.all([import('./parseDeck.ts'), importSources(lang)]).then(([{ parseDeck }, files]) => parseDeck(files));
    pending.catch(() => cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}
