/** The application-table simulator's inputs, declared once. */
import { choiceInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { APPLICATION_IDS } from './applications.ts';
import { text } from './text.ts';

/** The story: Llama-2-13B on one A100 80GB; the readouts follow code completion, the row that misses its target at baseline. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-13b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware }),
  selected: choiceInput(APPLICATION_IDS, { default: 'code', label: text.application }),
};

export type Inputs = typeof inputs;
