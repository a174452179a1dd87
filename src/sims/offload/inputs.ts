/** The offload simulator's inputs, declared once (ranges, defaults, labels, validation). */
import { OFFLOAD_TARGETS } from '../../engine/index.ts';
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const LINKS = ['pcie-4-x16', 'pcie-5-x16'] as const;
export const PHASES = ['prefill', 'decode'] as const;

/** The story (图2's example): Llama-2-13B in FP16 does not fit a 24 GB RTX 4090; half its layers' weights live in CPU memory. */
export const inputs = {
  model: modelInput({ default: 'llama-2-13b', label: text.model }),
  hardware: deviceInput({ default: 'rtx-4090', label: text.device, kinds: ['gpu', 'soc'] }),
  link: choiceInput(LINKS, { default: 'pcie-4-x16', label: text.link }),
  target: choiceInput(OFFLOAD_TARGETS, { default: 'weights', label: text.target }),
  /** Share of layers whose data lives in CPU memory, in percent (typing 30 means 30 %). */
  share: numberInput({ default: 50, min: 0, max: 100, step: 1, stops: [0, 50, 100], label: text.share, unit: text.percent }),
  prefetch: boolInput({ default: false, label: text.prefetch }),
  phase: choiceInput(PHASES, { default: 'decode', label: text.phase }),
  batch: numberInput({ default: 1, min: 1, max: 256, log: true, stops: [1, 8, 64, 256], label: text.batch }),
  /** Prompt length (prefill) or context length (decode). */
  tokens: numberInput({ default: 512, min: 1, max: 32768, log: true, stops: [128, 512, 2048], label: text.tokens, unit: text.tokensUnit }),
};

export type Inputs = typeof inputs;
