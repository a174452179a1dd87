/** The self-check's inputs: which kind of exercise and which one (its seed); a share link carries both. */
import { choiceInput, numberInput } from '../../state/inputs.ts';
import { EXERCISE_KINDS, MAX_SEED } from './exercise.ts';
import { text } from './text.ts';

export const inputs = {
  kind: choiceInput(EXERCISE_KINDS, { default: 'kv-cache', label: text.kind }),
  seed: numberInput({ default: 1, min: 1, max: MAX_SEED, integer: true, label: text.seed }),
};

export type Inputs = typeof inputs;
