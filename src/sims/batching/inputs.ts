/** The batching simulator's inputs, declared once. */
import { BATCHING_POLICIES } from '../../engine/index.ts';
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const PANELS = ['curve', 'stream', 'parallel', 'pipeline'] as const;
export type PanelId = (typeof PANELS)[number];
export const GPU_CHOICES = [2, 4, 8] as const;

/** The story: Llama-2-13B on an A100 80GB, requests of 512 prompt and 256 output tokens; batch 8. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-13b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware, precision: 'fp16' }),
  panel: choiceInput(PANELS, { default: 'curve', label: text.panel }),
  batch: numberInput({ default: 8, min: 1, max: 512, log: true, stops: [1, 8, 32, 128, 512], label: text.batch }),
  policy: choiceInput(BATCHING_POLICIES, { default: 'static', label: text.policy }),
  slots: numberInput({ default: 8, min: 1, max: 32, stops: [4, 8, 16], label: text.slots }),
  rate: numberInput({ default: 4, min: 0.2, max: 50, step: 0.1, log: true, stops: [1, 4, 16], label: text.rate, unit: text.perSecond }),
  seed: numberInput({ default: 7, min: 1, max: 999, label: text.seed }),
  gpus: numberInput({ default: 8, min: 2, max: 8, allowed: GPU_CHOICES, label: text.gpus }),
  perGpuBatch: numberInput({ default: 8, min: 1, max: 64, log: true, stops: [1, 8, 32], label: text.perGpu }),
  pipelined: boolInput({ default: false, label: text.pipelined }),
  jobs: numberInput({ default: 4, min: 1, max: 8, label: text.jobs }),
  jobBatch: numberInput({ default: 8, min: 1, max: 64, log: true, stops: [1, 8, 32], label: text.jobBatch }),
  outputTokens: numberInput({ default: 32, min: 2, max: 1024, log: true, stops: [8, 32, 256], label: text.outputTokens }),
  /** CPU time per token for (de)tokenising, nanoseconds. */
  cpuNsPerToken: numberInput({ default: 80, min: 10, max: 1e6, step: 1, log: true, label: text.cpuNs, unit: 'ns' }),
};

export type Inputs = typeof inputs;
