import { createStore } from 'zustand/vanilla';

/**
 * Exercises solved, per lecture section, as the deck's progress shows them.
 * The exercises themselves (the self-check simulator) own and save their
 * record and report the counts here; the deck only reads them.
 */
export interface ExerciseProgress {
  readonly solvedBySection: Readonly<Record<string, number>>;
}

export const exerciseProgress = createStore<ExerciseProgress>(() => ({ solvedBySection: {} }));

export function reportExercisesSolved(section: string, solved: number): void {
  const current = exerciseProgress.getState().solvedBySection;
  if (current[section] === solved) return;
  exerciseProgress.setState({ solvedBySection: { ...current, [section]: solved } });
}
