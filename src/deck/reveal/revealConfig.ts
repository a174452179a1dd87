import type { RevealConfig } from 'reveal.js';
import { flushSync } from 'react-dom';
import { CLICKER_KEYS, EXPLORE_KEYS, isSimControlKey, isTextEntryFocused } from '../controllers/keyboardIsolation.ts';
import { isHelpOpen } from '../controllers/helpOverlay.ts';
import { isSearchOpen, openSearch } from '../controllers/searchOverlay.ts';
import type { LogicalSize } from '../controllers/viewport.ts';
import { getDeck } from './deckHandle.ts';
import { openSpeakerView } from './speakerNotes.ts';
import { closeExplore, isExploreOpen, toggleExplore } from '../../sims/_protocol/explore.ts';

/**
 * Whether reveal.js may act on a key. Over the help overlay, nothing; over
 * the explore panel, only the clicker's PageDown/PageUp (which close the
 * panel and move the deck); on a slide, whatever a focused simulator
 * control does not keep for itself.
 */
export function deckMayTakeKey(event: KeyboardEvent): boolean {
  if (isHelpOpen() || isSearchOpen()) return false;
  // reveal.js ignores every key while an <input> has focus (a slider's range
  // after a mouse click, a number box): the clicker's keys are the deck's, so
  // the input gives its focus back first.
  // So does Z (explore) from a slider or switch (not from a text field).
  if (CLICKER_KEYS.has(event.key) || (EXPLORE_KEYS.has(event.key) && !isTextEntryFocused(event))) releaseInputFocus();
  if (isExploreOpen()) {
    if (!CLICKER_KEYS.has(event.key)) return false;
    // Closed and rendered before reveal.js moves: the stage copy, paused under the panel, catches up with
    // explore's changes (a story step's fragments included) so the clicker moves on from there.
    flushSync(closeExplore);
    return true;
  }
  return !isSimControlKey(event);
}

function releaseInputFocus(): void {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) active.blur();
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The media query of a reader who asked for less motion, or null where there is no matchMedia. */
export function reducedMotionQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION) : null;
}

/** reveal.js's slide and background transitions: none for a reader who asked for less motion. */
export function motionConfig(reduced: boolean): Pick<RevealConfig, 'transition' | 'backgroundTransition'> {
  return reduced ? { transition: 'none', backgroundTransition: 'none' } : { transition: 'slide', backgroundTransition: 'fade' };
}

/** The deck's reveal.js configuration (see the issue: presenting, offline, no runtime scroll view). */
export function revealConfig(size: LogicalSize): RevealConfig {
  return {
    width: size.width,
    height: size.height,
    margin: 0.03,
    minScale: 0.1,
    maxScale: 2.5,
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    progress: true,
    controls: true,
    controlsTutorial: false,
    overview: true,
    fragments: true,
    // Arrow keys walk every slide, including a section's sub-slides, in
    // lecture order (a clicker's PageDown does the same).
    navigationMode: 'linear',
    ...motionConfig(reducedMotionQuery()?.matches ?? false),
    transitionSpeed: 'fast',
    // Our own help overlay replaces reveal's English-only one.
    help: false,
    // 'scroll' rewrites the slide DOM under React: it is never switched on,
    // and 0 keeps narrow windows from switching to it automatically.
    scrollActivationWidth: 0,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    keyboardCondition: deckMayTakeKey,
    // S: speaker view. The notes plugin itself is loaded after first paint (speakerNotes.ts).
    // Z: the current slide's simulator in the explore view.
    // /: search the slides and notes.
    keyboard: { 83: () => openSpeakerView(getDeck()), 90: () => toggleExplore(getDeck()?.getCurrentSlide() ?? null), 191: openSearch },
  };
}
