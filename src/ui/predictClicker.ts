import { createContext } from 'react';

/**
 * How a PredictFirst learns that the presenter's clicker revealed its answer.
 * The deck's simulator frame provides it (one hidden reveal.js fragment per
 * simulator that has a question); a PredictFirst registers itself so the
 * fragment exists only where there is a question. Without a provider
 * (component tests, a page without the deck) the answer opens by button only.
 */
export interface PredictClicker {
  /** Called by a mounted PredictFirst; returns its unregister. */
  readonly register: () => () => void;
  /** The clicker has revealed the answer on this slide. */
  readonly revealed: boolean;
}

export const PredictClickerContext = createContext<PredictClicker | null>(null);
