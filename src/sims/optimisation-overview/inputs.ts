/** The optimisation-overview simulator's inputs, declared once. */
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const WEIGHT_CHOICES = ['fp16', 'int8', 'int4-g128'] as const;
export type WeightChoice = (typeof WEIGHT_CHOICES)[number];
export const TP_DEGREES = [1, 2, 4, 8] as const;

/** The story: an unoptimised baseline (Llama-2-13B on one A100 80GB), with a batch of 64 waiting behind the batching switch. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-13b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware }),
  weights: choiceInput(WEIGHT_CHOICES, { default: 'fp16', label: text.weights }),
  kvFp8: boolInput({ default: false, label: text.kvFp8 }),
  batching: boolInput({ default: false, label: text.batchingPlain }),
  batch: numberInput({ default: 64, min: 1, max: 256, log: true, stops: [1, 8, 64, 256], label: text.batch, unit: text.requests }),
  paged: boolInput({ default: false, label: text.paged }),
  tp: numberInput({ default: 1, min: 1, max: 8, allowed: TP_DEGREES, label: text.tp }),
  flash: boolInput({ default: false, label: text.flash }),
  promptTokens: numberInput({ default: 512, min: 16, max: 2048, log: true, stops: [128, 512, 2048], label: text.prompt, unit: text.tokens }),
  outputTokens: numberInput({ default: 256, min: 16, max: 1024, log: true, stops: [32, 256, 1024], label: text.output, unit: text.tokens }),
};

export type Inputs = typeof inputs;
