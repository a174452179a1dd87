import { useEffect, useLayoutEffect, useRef } from 'react';
import Reveal, { type RevealApi } from 'reveal.js';
import { setSlideActivity } from '../../sims/_protocol/slideActivity.ts';
import { logicalSizeFor } from '../controllers/viewport.ts';
import { markDeckReady, setDeck } from './deckHandle.ts';
import { publishActivity } from './publishActivity.ts';
import { moveFromReact, publishClickerBridge } from './publishClickerBridge.ts';
import { markSlideOverflow } from '../controllers/slideOverflow.ts';
import { releaseHiddenFocus } from '../controllers/keyboardIsolation.ts';
import { closeExplore } from '../../sims/_protocol/explore.ts';
import { markVisited } from '../progress/progressStore.ts';
import { motionConfig, reducedMotionQuery, revealConfig } from './revealConfig.ts';
import { isSpeakerPreview, preloadSpeakerNotes } from './speakerNotes.ts';

export interface DeckIndices {
  readonly h: number;
  readonly v: number;
  readonly f?: number;
}

/** The deck is laid out on the tall portrait slide (see viewport.ts). */
function isPortraitDeck(deck: RevealApi): boolean {
  const { width, height } = deck.getConfig();
  return (height ?? 0) > (width ?? 0);
}

function applyPortraitClass(portrait: boolean): void {
  document.documentElement.classList.toggle('deck-portrait', portrait);
}

/**
 * Initialises reveal.js once on the `.reveal` element React rendered, and
 * keeps it in step with React afterwards: after new slide text has been
 * rendered in place (a language switch), `resync` is called with the
 * indices taken before the switch.
 */
export function useRevealDeck(
  rootRef: React.RefObject<HTMLDivElement | null>,
  options: { readonly print: boolean; readonly contentKey: unknown; readonly restore: DeckIndices | null },
): void {
  const deckRef = useRef<RevealApi | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return undefined;
    // Exactly once per page: reveal.js cannot be initialised twice on one element.
    let deck = deckRef.current;
    const first = deck === null;
    if (deck === null) {
      const size = logicalSizeFor(window.innerWidth, window.innerHeight);
      applyPortraitClass(size.portrait);
      deck = new Reveal(root, revealConfig(size));
      deckRef.current = deck;
      setDeck(deck);
    }
    const d = deck;
    // After layout, so heights are those of the slide just shown.
    const markOverflow = () => requestAnimationFrame(() => markSlideOverflow(d.getCurrentSlide(), isPortraitDeck(d)));
    const onChange = () => {
      publishActivity(d);
      markOverflow();
      releaseHiddenFocus(d.getCurrentSlide());
      closeExplore();
      markVisited(d.getCurrentSlide()?.id);
    };
    const onReady = () => {
      if (!options.print) {
        publishActivity(d);
        publishClickerBridge(d);
        markOverflow();
        markVisited(d.getCurrentSlide()?.id);
      }
      markDeckReady();
      // The speaker view's own slide previews (`?receiver`) never open notes.
      if (!options.print && !isSpeakerPreview()) preloadSpeakerNotes(d);
    };
    const onPdfReady = () => {
      window.__deckPdfReady = true;
    };
    const onResize = () => {
      const next = logicalSizeFor(window.innerWidth, window.innerHeight);
      const config = d.getConfig();
      if (config.width === next.width && config.height === next.height) return;
      applyPortraitClass(next.portrait);
      d.configure({ width: next.width, height: next.height });
      markOverflow();
    };
    // A reader who asks for less motion (now or later) gets no slide transition.
    const motion = options.print ? null : reducedMotionQuery();
    const onMotion = () => d.configure(motionConfig(motion?.matches ?? false));
    d.on('slidechanged', onChange);
    motion?.addEventListener('change', onMotion);
    if (first) {
      d.on('ready', onReady);
      d.on('pdf-ready', onPdfReady);
    }
    if (!options.print) window.addEventListener('resize', onResize);
    if (first) void d.initialize();
    return () => {
      window.removeEventListener('resize', onResize);
      motion?.removeEventListener('change', onMotion);
      d.off('slidechanged', onChange);
    };
  }, [rootRef, options.print]);

  useEffect(() => {
    if (options.print) setSlideActivity({ mode: 'print', current: null, near: new Set() });
  }, [options.print]);

  // After React has swapped the slide text (same structure, other language),
  // let reveal.js re-read fragments and restore where the presenter was.
  useLayoutEffect(() => {
    const deck = deckRef.current;
    const restore = options.restore;
    if (!deck || !deck.isReady() || !restore) return;
    moveFromReact(() => {
      deck.sync();
      deck.slide(restore.h, restore.v, restore.f);
    });
    publishActivity(deck);
    markSlideOverflow(deck.getCurrentSlide(), isPortraitDeck(deck));
    // The speaker view refreshes its notes on this event.
    deck.dispatchEvent({ type: 'closeoverlay' });
  }, [options.contentKey, options.restore]);
}
