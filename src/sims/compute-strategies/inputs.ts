/** The compute-strategies simulator's inputs (表7), declared once. */
import type { StrategyId } from '../../engine/index.ts';
import { choiceInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const STRATEGY_IDS: readonly StrategyId[] = ['fusion', 'flash-attention', 'kv-reuse', 'batching', 'continuous-batching', 'tensor-parallel', 'task-pipeline'];

/** The story: Llama-2-7B on an A100 80GB, batch 32, a 512-token prompt; the batching row's work shown. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-7b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware, precision: 'fp16' }),
  batch: numberInput({ default: 32, min: 2, max: 256, log: true, stops: [8, 32, 128], label: text.batch }),
  promptTokens: numberInput({ default: 512, min: 64, max: 4096, log: true, stops: [512, 2048], label: text.prompt, unit: text.tokens }),
  explain: choiceInput(STRATEGY_IDS, { default: 'batching', label: text.explain }),
};

export type Inputs = typeof inputs;
