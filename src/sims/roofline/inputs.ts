/** The roofline simulator's inputs (图5, 表5), declared once. */
import { choiceInput, jsonInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const MODES = ['llm', 'tpu-paper'] as const;
export type ModeId = (typeof MODES)[number];

/** `${phase}:${operator name}`, e.g. decode:q_proj. */
function validOperator(raw: unknown): string | undefined {
  return typeof raw === 'string' && /^(prefill|decode):[\w.-]{1,40}$/.test(raw) ? raw : undefined;
}

/** The story: Llama-2-7B on an A100 80GB, decode at batch 1 and 1,024 tokens; q_proj inspected. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-7b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware }),
  mode: choiceInput(MODES, { default: 'llm', label: text.mode }),
  batch: numberInput({ default: 1, min: 1, max: 2048, log: true, stops: [1, 8, 32, 128], label: text.batch }),
  prompt: numberInput({ default: 1024, min: 16, max: 32768, log: true, label: text.prompt, unit: text.tokens }),
  context: numberInput({ default: 1024, min: 16, max: 32768, log: true, label: text.context, unit: text.tokens }),
  selected: jsonInput<string>({ default: 'decode:q_proj', validate: validOperator, label: text.operator }),
};

export type Inputs = typeof inputs;
