import type { RevealApi } from 'reveal.js';

declare global {
  interface Window {
    /** The reveal.js instance (browser tests drive it). */
    __deck?: RevealApi;
    /** True once reveal.js has initialised the deck. */
    __deckReady?: boolean;
    /** True once the PDF layout (`?print-pdf`) has been built. */
    __deckPdfReady?: boolean;
  }
}

let deck: RevealApi | null = null;

/** The running deck, or null before initialisation (toolbar actions check it). */
export function getDeck(): RevealApi | null {
  return deck;
}

export function setDeck(instance: RevealApi | null): void {
  deck = instance;
  window.__deck = instance ?? undefined;
}

let readyNow: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  readyNow = resolve;
});

/** Resolves once reveal.js has initialised the deck (what waits for the first slide to be shown, such as the speaker notes). */
export function whenDeckReady(): Promise<void> {
  return ready;
}

/** Called once, from reveal.js's 'ready' event. */
export function markDeckReady(): void {
  window.__deckReady = true;
  readyNow();
}
