/**
 * The explore view's full-window panel: the caption as its heading, a way
 * back to the slide, and the simulator in its explore view (which may
 * scroll). Rendered over the deck through a portal, so it is laid out in
 * real pixels, not the slide's scaled ones. Esc or Z (outside a text field)
 * closes it; focus returns to the page so the clicker drives the deck.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t, useLang } from '../../i18n/index.ts';
import { closeExplore } from './explore.ts';

const TEXT_ENTRY = 'input:not([type="button"]):not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea, select, [contenteditable]:not([contenteditable="false"])';

export function ExplorePanel({ caption, name, share, children }: { readonly caption?: string; readonly name: string; readonly share?: ReactNode; readonly children: ReactNode }) {
  const lang = useLang();
  const headingId = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    panelRef.current?.focus();
    // On the document, so Esc and Z close the panel wherever focus is (also on
    // the page after a menu inside it closed); a menu that handles Esc itself
    // stops it before it gets here.
    const onKey = (e: globalThis.KeyboardEvent) => {
      const inText = e.target instanceof Element && e.target.closest(TEXT_ENTRY) !== null;
      if (e.key === 'Escape' || ((e.key === 'z' || e.key === 'Z') && !inText && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        closeExplore();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      // Back on the slide, keys belong to the deck again.
      if (opener instanceof HTMLElement && opener.closest('.sim-explore') === null) opener.blur();
      if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) document.activeElement.blur();
    };
  }, []);

  return createPortal(
    <div
      ref={panelRef}
      className="sim-explore"
      data-explore={name}
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <header className="sim-explore-head">
        <h2 id={headingId}>{caption ?? name}</h2>
        {share}
        <button type="button" className="sim-explore-close" data-action="explore-close" onClick={closeExplore}>
          <span aria-hidden="true">← </span>{t('sim.backToSlide', undefined, lang)} <kbd>Esc</kbd>
        </button>
      </header>
      <div className="sim-explore-body">{children}</div>
    </div>,
    document.body,
  );
}
