/**
 * The state of a simulator's "predict first" question, shared by the
 * question itself (PredictFirst) and the outputs that would give the answer
 * away (masked on stage until the answer is opened, by a click or the
 * presenter's clicker). The simulator protocol provides it per placement and
 * keeps a student's answer across reloads; without a provider (component
 * tests) PredictFirst keeps its own state and nothing is masked.
 */
import { createContext, useContext } from 'react';
import { useSimView } from './simView.ts';

export interface PredictState {
  /** The answer is open (answered, revealed, or opened by the clicker). */
  readonly revealed: boolean;
  /** The choice the student picked, if any. */
  readonly picked: string | null;
  /** The student picks a choice: the answer opens. */
  readonly pick: (choiceId: string) => void;
  /** Open the answer without picking. */
  readonly reveal: () => void;
  /** Ask again: the answer closes. */
  readonly reset: () => void;
  /** A mounted question registers itself (so the clicker can open it); returns the unregister. */
  readonly register: () => () => void;
}

export const PredictContext = createContext<PredictState | null>(null);

export function usePredictState(): PredictState | null {
  return useContext(PredictContext);
}

/**
 * True while an output that answers the question must stay hidden: on
 * stage, before the answer is opened. Explore never masks.
 */
export function usePredictMask(): boolean {
  const state = useContext(PredictContext);
  const view = useSimView();
  return view === 'stage' && state !== null && !state.revealed;
}
