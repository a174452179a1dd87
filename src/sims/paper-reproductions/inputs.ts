/** The reproductions table's one input: which of the lecture's threads to list (the others are hidden). */
import { choiceInput } from '../../state/inputs.ts';
import { text } from './text.ts';

export const AREAS = ['all', 'memory', 'compute', 'communication'] as const;
export type AreaFilter = (typeof AREAS)[number];

export const inputs = {
  area: choiceInput(AREAS, { default: 'all', label: text.area }),
};

export type Inputs = typeof inputs;
