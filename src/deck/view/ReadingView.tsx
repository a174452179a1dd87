/**
 * Reading mode (`?read`): the lecture as one scrolling page, built from the
 * same slides — every section, its text, the speaker notes, and each
 * simulator whole (its explore view, flowing with the text: on a phone the
 * chart comes first and nothing scrolls inside anything else). Simulators
 * mount as they come near the viewport.
 */
import { useEffect, useRef } from 'react';
import { htmlLangOf, otherLang, setLang, useLang, useT } from '../../i18n/index.ts';
import { SimMount } from '../../sims/_protocol/SimMount.tsx';
import { setSlideActivity } from '../../sims/_protocol/slideActivity.ts';
import type { DeckContent, Slide } from '../content/types.ts';
import { readingUrl } from '../controllers/reading.ts';
import { openSearch } from '../controllers/searchOverlay.ts';

function ReadingSlide({ slide }: { readonly slide: Slide }) {
  const t = useT();
  return (
    <section className="read-slide" id={slide.id ? `slide-${slide.id}` : undefined}>
      {slide.blocks.map((block, i) =>
        block.kind === 'html' ? (
          <div key={`html-${i}`} className="read-html" dangerouslySetInnerHTML={{ __html: block.html }} />
        ) : (
          <SimMount key={`sim-${i}-${block.name}`} name={block.name} preset={block.preset} caption={block.caption} view="explore" />
        ),
      )}
      {slide.notesHtml ? (
        <aside className="read-notes" aria-label={t('read.notes')}>
          <h4>{t('read.notes')}</h4>
          <div dangerouslySetInnerHTML={{ __html: slide.notesHtml }} />
        </aside>
      ) : null}
    </section>
  );
}

/** Marks the slides in or near the viewport as near, so their simulators mount (and load) as the reader arrives. */
function useNearViewport(root: React.RefObject<HTMLElement | null>, content: DeckContent) {
  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    const near = new Set<Element>();
    const publish = () => setSlideActivity({ mode: 'read', current: null, near: new Set(near) });
    if (typeof IntersectionObserver === 'undefined') {
      el.querySelectorAll('.read-slide').forEach((s) => near.add(s));
      publish();
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) near.add(e.target);
        else near.delete(e.target);
      }
      publish();
    }, { rootMargin: '100% 0px 100% 0px' });
    el.querySelectorAll('.read-slide').forEach((s) => observer.observe(s));
    return () => observer.disconnect();
  }, [root, content]);
}

export function ReadingView({ content }: { readonly content: DeckContent }) {
  const lang = useLang();
  const t = useT();
  const rootRef = useRef<HTMLElement>(null);
  useNearViewport(rootRef, content);

  // A `#<section>` address (also the contents' `#/<section>` links) scrolls there.
  useEffect(() => {
    const go = () => {
      let id = '';
      try {
        id = decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));
      } catch {
        return;
      }
      if (/^[\w-]{1,60}$/.test(id)) document.getElementById(id)?.scrollIntoView();
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);

  const [title, ...sections] = content.sections;
  return (
    <div className="read" lang={htmlLangOf(lang)}>
      <header className="read-bar">
        <a className="read-bar-link" href={readingUrl(window.location.href, lang, false)} data-action="to-slides">{t('read.toSlides')}</a>
        <button type="button" className="read-bar-link" data-action="search" onClick={openSearch}>{t('toolbar.search')}</button>
        <button type="button" className="read-bar-link" data-action="toggle-lang" lang={htmlLangOf(otherLang(lang))} onClick={() => setLang(otherLang(lang))}>
          {t('toolbar.langButton')}
        </button>
      </header>
      <main ref={rootRef} className="read-main">
        {title && title.slides.map((slide, i) => <ReadingSlide key={`title-${i}`} slide={slide} />)}
        {sections.map((section) => (
          <section key={section.id} id={section.id} className="read-section" aria-labelledby={undefined}>
            {section.slides.map((slide, i) => <ReadingSlide key={i} slide={slide} />)}
          </section>
        ))}
      </main>
    </div>
  );
}
