/** The operator-fusion simulator's inputs (图7), declared once. */
import { FUSION_CHAINS } from '../../engine/index.ts';
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const VIEWS = ['fusion', 'attention'] as const;
export type ViewId = (typeof VIEWS)[number];
export const PHASES = ['prefill', 'decode'] as const;
export type PhaseId = (typeof PHASES)[number];
export const HEAD_DIMS = ['model', '64'] as const;
export type HeadDimChoice = (typeof HEAD_DIMS)[number];
export const SEQ_RANGE = { min: 64, max: 65536 } as const;
/** SRAM per core the student may try, KiB (the paper requires d ≤ M). */
export const SRAM_KIB_RANGE = { min: 16, max: 1024 } as const;

/**
 * The story: Llama-2-7B on an A100 80GB; the gated MLP's SiLU·gate chain of
 * a 512-token prefill, unfused; attention at N = 4096 with the card's SRAM.
 * Phase, batch and tokens mean what they mean in 图6, so the two agree when set alike.
 */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-7b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware, precision: 'fp16' }),
  view: choiceInput(VIEWS, { default: 'fusion', label: text.view }),
  chain: choiceInput(FUSION_CHAINS, { default: 'silu-gate', label: text.chain }),
  fused: boolInput({ default: false, label: text.fuse }),
  phase: choiceInput(PHASES, { default: 'prefill', label: text.phase }),
  batch: numberInput({ default: 1, min: 1, max: 512, log: true, stops: [1, 8, 32, 128], label: text.batch }),
  tokens: numberInput({ default: 512, min: 16, max: 32768, log: true, stops: [128, 512, 4096], label: text.tokens, unit: text.tokensUnit }),
  seqLen: numberInput({ default: 4096, min: SEQ_RANGE.min, max: SEQ_RANGE.max, log: true, stops: [512, 2048, 8192, 32768], label: text.seqLen, unit: text.tokensUnit }),
  /** On-chip SRAM per SM in KiB; 0 = the device's own. */
  sramKiB: numberInput({ default: 0, min: 0, max: SRAM_KIB_RANGE.max, step: 1, label: text.sram, unit: 'KiB' }),
  headDim: choiceInput(HEAD_DIMS, { default: 'model', label: text.headDim }),
};

export type Inputs = typeof inputs;
