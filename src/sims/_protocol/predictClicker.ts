import { createContext } from 'react';

/**
 * How a placement learns that the presenter's clicker opened its "predict
 * first" answer. The simulator frame (ClickerReveal) provides it: one hidden
 * reveal.js fragment per placement with an open question, which exists only
 * while some question registers itself. Without a provider (component tests,
 * a page without the deck) answers open by button only.
 */
export interface PredictClicker {
  /** Called while an unanswered question is shown; returns its unregister. */
  readonly register: () => () => void;
  /** The clicker has opened the answer on this slide. */
  readonly revealed: boolean;
}

export const PredictClickerContext = createContext<PredictClicker | null>(null);
