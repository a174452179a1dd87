/**
 * Search across the slides' text and speaker notes, in the current language
 * (toolbar, or the / key). Results name the slide and section and show where
 * the words occur; choosing one jumps to the slide.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLang, useT } from '../../i18n/index.ts';
import { closeSearch } from '../controllers/searchOverlay.ts';
import { getDeck } from '../reveal/deckHandle.ts';
import type { SearchHit } from '../search/searchRuntime.ts';

/** The search dialog; App mounts it (loading this file) while search is open. */
export function SearchDialog() {
  const lang = useLang();
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly SearchHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => previous?.blur();
  }, []);

  useEffect(() => {
    let live = true;
    if (query.trim() === '') {
      setHits(null);
      return undefined;
    }
    import('../search/searchRuntime.ts')
      .then(({ searchSlides }) => searchSlides(lang, query))
      .then((found) => {
        if (!live) return;
        setHits(found);
        setActive(0);
        setFailed(false);
      }, () => { if (live) setFailed(true); });
    return () => { live = false; };
  }, [query, lang]);

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    closeSearch();
    getDeck()?.slide(hit.h, hit.v);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = hits?.length ?? 0;
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); closeSearch(); }
    else if (e.key === 'ArrowDown' && n > 0) { e.preventDefault(); setActive((a) => (a + 1) % n); }
    else if (e.key === 'ArrowUp' && n > 0) { e.preventDefault(); setActive((a) => (a - 1 + n) % n); }
    else if (e.key === 'Enter') { e.preventDefault(); go(hits?.[active]); }
  };

  return (
    <div className="deck-overlay-backdrop" onClick={closeSearch}>
      <div className="deck-search" role="dialog" aria-modal="true" aria-label={t('search.title')} data-overlay="search" onClick={(e) => e.stopPropagation()} onKeyDown={onKeyDown}>
        <input
          ref={inputRef}
          type="search"
          className="deck-search-input"
          aria-label={t('search.title')}
          placeholder={t('search.placeholder')}
          value={query}
          maxLength={200}
          role="combobox"
          aria-expanded={hits !== null && hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits && hits.length > 0 ? `${listId}-${active}` : undefined}
          onChange={(e) => setQuery(e.target.value)}
        />
        {failed && <p className="deck-search-empty" role="alert">{t('search.failed')}</p>}
        {hits !== null && hits.length === 0 && <p className="deck-search-empty" role="status">{t('search.none')}</p>}
        {hits !== null && hits.length > 0 && (
          <ul id={listId} role="listbox" className="deck-search-results" aria-label={t('search.results')}>
            {hits.map((hit, i) => (
              <li
                key={`${hit.h}-${hit.v}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'deck-search-hit deck-search-hit-active' : 'deck-search-hit'}
                onMouseEnter={() => setActive(i)}
                onClick={() => go(hit)}
                data-search-hit=""
              >
                <span className="deck-search-hit-title">{hit.title}</span>
                <span className="deck-search-hit-where">{hit.section !== hit.title ? `${hit.section} · ` : ''}{hit.inNotes ? t('search.inNotes') : t('search.onSlide')} {hit.number}</span>
                <span className="deck-search-hit-excerpt">{hit.excerpt}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="deck-search-help">{t('search.help')}</p>
      </div>
    </div>
  );
}
