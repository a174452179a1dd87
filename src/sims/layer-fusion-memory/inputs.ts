/** The layer-fusion-memory simulator's inputs, declared once. */
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { modelInput } from '../_shared/options.ts';
import { FUSION_LABELS, text } from './text.ts';

export const PHASES = ['prefill', 'decode'] as const;
export type PhaseId = (typeof PHASES)[number];

/** 1 MiB = 2²⁰ bytes: the budget slider's unit. */
export const MIB = 2 ** 20;

/** The story: one Llama-2-7B block prefilling a 4k-token prompt, naive attention, nothing fused. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-7b', label: text.model }),
  phase: choiceInput(PHASES, { default: 'prefill', label: text.phase }),
  batch: numberInput({ default: 1, min: 1, max: 64, log: true, stops: [1, 8, 32], label: text.batch }),
  tokens: numberInput({ default: 4096, min: 16, max: 32768, log: true, stops: [512, 2048, 4096], label: text.tokens, unit: text.tokensUnit }),
  fuseNorm: boolInput({ default: false, label: FUSION_LABELS['norm-into-proj'] }),
  fuseAttention: boolInput({ default: false, label: FUSION_LABELS['flash-attention'] }),
  fuseMlp: boolInput({ default: false, label: FUSION_LABELS['mlp-activation'] }),
  fuseResidual: boolInput({ default: false, label: FUSION_LABELS['residual-epilogue'] }),
  partition: boolInput({ default: false, label: text.partition }),
  /** Memory budget per subgraph, MiB. */
  budgetMiB: numberInput({ default: 1024, min: 8, max: 16384, log: true, label: text.budget, unit: 'MiB' }),
};

export type Inputs = typeof inputs;
