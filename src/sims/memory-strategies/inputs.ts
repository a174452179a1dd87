/** The memory-strategies simulator's inputs, declared once (ranges, defaults, labels, validation). */
import { choiceInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

/** Rows whose work can be shown (memoryStrategyRows' ids; the two training-era ids until the engine's inference-true rows are everywhere). */
export const STRATEGY_IDS = ['weight-sharing', 'chunked-prefill', 'preempt-recompute', 'preempt-swap', 'activation-pruning', 'recomputation', 'reuse', 'offload', 'paging'] as const;
export type ExplainId = (typeof STRATEGY_IDS)[number];

/** The story: Llama-2-13B on an A100 40 GB serving 8 sequences of 2,048 tokens; the work shown for paging. */
export const inputs = {
  model: modelInput({ default: 'llama-2-13b', label: text.model }),
  hardware: deviceInput({ default: 'a100-40gb-sxm', label: text.device, kinds: ['gpu', 'soc'] }),
  batch: numberInput({ default: 8, min: 1, max: 256, log: true, stops: [1, 8, 64], label: text.batch }),
  tokens: numberInput({ default: 2048, min: 16, max: 32768, log: true, stops: [512, 2048, 8192], label: text.tokens, unit: text.tokensUnit }),
  explain: choiceInput(STRATEGY_IDS, { default: 'paging', label: text.explain }),
};

export type Inputs = typeof inputs;
