/** The memory-reuse simulator's inputs, declared once (ranges, defaults, labels, validation). */
import { REUSE_STRATEGIES } from '../../engine/index.ts';
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const ATTENTION_KERNELS = ['flash', 'naive'] as const;

/** Device that times the training recomputation (the layer arithmetic is the same on any GPU; its time is not). */
export const TIMING_DEVICE = 'a100-80gb-sxm';

/** The story: one layer of Llama-2-7B prefilling a 2,048-token prompt, no reuse yet. */
export const inputs = {
  model: modelInput({ default: 'llama-2-7b', label: text.model }),
  strategy: choiceInput(REUSE_STRATEGIES, { default: 'none', label: text.strategy }),
  inPlace: boolInput({ default: false, label: text.inPlace }),
  attention: choiceInput(ATTENTION_KERNELS, { default: 'flash', label: text.attention }),
  batch: numberInput({ default: 1, min: 1, max: 64, stops: [1, 4, 16], label: text.batch }),
  tokens: numberInput({ default: 2048, min: 16, max: 32768, log: true, stops: [512, 2048, 8192], label: text.tokens, unit: text.tokensUnit }),
  /** Training checkpoint segment in layers; 0 = keep every layer (no recomputation). */
  segment: numberInput({ default: 0, min: 0, max: 1024, label: text.segment, unit: text.layersUnit }),
};

export type Inputs = typeof inputs;
