import { useEffect, useRef } from 'react';
import { notesAt, type DeckNotes } from '../content/notes.ts';
import type { DeckContent } from '../content/types.ts';
import { getDeck } from '../reveal/deckHandle.ts';
import { useRevealDeck, type DeckIndices } from '../reveal/useRevealDeck.ts';
import { SlideView } from './SlideView.tsx';

export interface DeckProps {
  readonly content: DeckContent;
  /** The speaker notes, once they have arrived (the deck shows its first slide without them); the PDF's content carries its own. */
  readonly notes: DeckNotes | null;
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
export function Deck({ content, notes, print, restore }: DeckProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  useRevealDeck(rootRef, { print, contentKey: content, restore });
  // An open speaker view re-reads the current slide's notes on this event.
  useEffect(() => {
    const deck = getDeck();
    if (notes && deck?.isReady()) deck.dispatchEvent({ type: 'closeoverlay' });
  }, [notes]);
  const notesOf = (s: number, i: number, own: string) => notesAt(notes, s, i) || own;
  return (
    <div className="reveal" ref={rootRef}>
      <div className="slides">
        {content.sections.map((section, s) =>
          section.layout === 'flat' ? (
            section.slides.map((slide, i) => <SlideView key={`${s}-${i}`} slide={slide} notesHtml={notesOf(s, i, slide.notesHtml)} />)
          ) : (
            <section key={s} data-section={section.id}>
              {section.slides.map((slide, i) => <SlideView key={i} slide={slide} notesHtml={notesOf(s, i, slide.notesHtml)} />)}
            </section>
          ),
        )}
      </div>
    </div>
  );
}
