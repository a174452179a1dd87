/** The technique map's one input: which family to highlight (the others are dimmed, never hidden). */
import { choiceInput } from '../../state/inputs.ts';
import { MAP_FAMILIES } from './techniques.ts';
import { text } from './text.ts';

export const HIGHLIGHTS = ['all', ...MAP_FAMILIES] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];

export const inputs = {
  highlight: choiceInput(HIGHLIGHTS, { default: 'all', label: text.highlight }),
};

export type Inputs = typeof inputs;
