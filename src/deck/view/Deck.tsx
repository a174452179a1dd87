import { useRef } from 'react';
import type { DeckContent } from '../content/types.ts';
import { useRevealDeck, type DeckIndices } from '../reveal/useRevealDeck.ts';
import { SlideView } from './SlideView.tsx';

export interface DeckProps {
  readonly content: DeckContent;
  readonly print: boolean;
  /** Where to put the presenter back after the text was swapped in place. */
  readonly restore: DeckIndices | null;
}

/**
 * The `.reveal > .slides > section` DOM, rendered once by React and then
 * driven by reveal.js. Sections are keyed by position: both languages have
 * the same structure, so switching language keeps every element (and every
 * mounted simulator) in place.
 */
export function Deck({ content, print, restore }: DeckProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  useRevealDeck(rootRef, { print, contentKey: content, restore });
  return (
    <div className="reveal" ref={rootRef}>
      <div className="slides">
        {content.sections.map((section, s) =>
          section.layout === 'flat' ? (
            section.slides.map((slide, i) => <SlideView key={`${s}-${i}`} slide={slide} />)
          ) : (
            <section key={s} data-section={section.id}>
              {section.slides.map((slide, i) => <SlideView key={i} slide={slide} />)}
            </section>
          ),
        )}
      </div>
    </div>
  );
}
