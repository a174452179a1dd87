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
