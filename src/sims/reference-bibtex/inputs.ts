/** The BibTeX simulator's inputs: one reference to show on its own, and which list "copy all" covers. */
import { choiceInput } from '../../state/inputs.ts';
import { REFERENCE_KEYS } from './references.ts';
import { text } from './text.ts';

export const LISTS = ['all', 'outline', 'added'] as const;
export type ListChoice = (typeof LISTS)[number];

/** The story: Deep Compression (item 4), the outline's reference whose numbers the reproductions slide checks. */
export const inputs = {
  entry: choiceInput(REFERENCE_KEYS, { default: 'han-2016-deep-compression', label: text.entry }),
  list: choiceInput(LISTS, { default: 'all', label: text.list }),
};

export type Inputs = typeof inputs;
