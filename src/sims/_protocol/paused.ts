import { createContext } from 'react';

/**
 * True for a simulator that should stop following its placement's store for
 * now: the stage copy under an open explore panel. It keeps showing the
 * state it had when explore opened (and keeps its own state and effects: the
 * clicker's fragments stay as they are), so a change in explore renders one
 * simulator, not two; when explore closes it renders the latest state once.
 */
export const SimPausedContext = createContext(false);
