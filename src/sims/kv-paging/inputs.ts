/** The kv-paging simulator's inputs, declared once (ranges, defaults, labels, validation). */
import { choiceInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const SCENARIOS = ['seeded', 'paper'] as const;
export const ALLOCATIONS = ['contiguous', 'paged'] as const;

/** The story: OPT-13B on an A100 40 GB (Kwon et al.'s setting), 12 seeded requests of up to 2,048 tokens. */
export const inputs = {
  model: modelInput({ default: 'opt-13b', label: text.model }),
  hardware: deviceInput({ default: 'a100-40gb-sxm', label: text.device, kinds: ['gpu', 'soc'] }),
  scenario: choiceInput(SCENARIOS, { default: 'seeded', label: text.scenario }),
  allocation: choiceInput(ALLOCATIONS, { default: 'contiguous', label: text.allocation }),
  blockTokens: numberInput({ default: 16, min: 1, max: 128, log: true, stops: [1, 16, 128], label: text.blockTokens, unit: text.tokens }),
  seed: numberInput({ default: 42, min: 0, max: 9999, stops: [1, 42, 2023], label: text.seed }),
  requests: numberInput({ default: 12, min: 1, max: 64, stops: [4, 12, 32], label: text.requests }),
  maxLength: numberInput({ default: 2048, min: 64, max: 8192, log: true, stops: [512, 2048, 4096], label: text.maxLength, unit: text.tokens }),
  /** Decode steps taken so far. */
  step: numberInput({ default: 64, min: 0, max: 8192, label: text.step }),
};

export type Inputs = typeof inputs;
