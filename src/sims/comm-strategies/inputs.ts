/** The comm-strategies simulator's inputs (表10), declared once: the configuration every strategy changes one thing of. */
import { TOPOLOGIES, TRANSPORTS } from '../../engine/index.ts';
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const MODES = ['tp', 'pp'] as const;
export const PHASES = ['decode', 'prefill'] as const;
export const DEGREES = [2, 4, 8] as const;
export const MODEL_IDS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b', 'llama-3-70b', 'mixtral-8x7b', 'opt-66b', 'gpt-3-175b'] as const;
export const HARDWARE_IDS = ['a100-40gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'h200'] as const;

/** The story: 图10's — Llama-2-70B, tensor parallel over 8 A100s on NVLink, decoding 16 requests at 1k context. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-70b', label: text.model, ids: () => MODEL_IDS }),
  hardwareId: choiceInput(HARDWARE_IDS, { default: 'a100-80gb-sxm', label: text.hardware }),
  mode: choiceInput(MODES, { default: 'tp', label: text.mode }),
  phase: choiceInput(PHASES, { default: 'decode', label: text.phase }),
  degree: numberInput({ default: 8, min: 2, max: 8, allowed: DEGREES, label: text.degree }),
  batch: numberInput({ default: 16, min: 1, max: 256, log: true, stops: [1, 4, 16, 64], label: text.batch }),
  tokens: numberInput({ default: 1024, min: 16, max: 8192, log: true, stops: [128, 512, 1024, 4096], label: text.tokens, unit: text.tokensUnit }),
  overlap: boolInput({ default: false, label: text.overlap }),
  microBatches: numberInput({ default: 4, min: 1, max: 64, stops: [1, 4, 8, 16], label: text.microBatches }),
  topology: choiceInput(TOPOLOGIES, { default: 'nvlink', label: text.topology }),
  transport: choiceInput(TRANSPORTS, { default: 'rdma', label: text.transport }),
};

export type Inputs = typeof inputs;
