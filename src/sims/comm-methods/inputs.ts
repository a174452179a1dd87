/** The comm-methods simulator's inputs (图9 and 表9), declared once. */
import { COMPRESSION_KINDS } from '../../engine/index.ts';
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { linkInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const HARDWARE = ['a100-80gb-sxm', 'h100-sxm', 'mi300x'] as const;
export const TP_DEGREES = [2, 4, 8] as const;
export const CHUNK_STOPS = [1, 2, 4, 8, 16, 32, 64] as const;
export const PHASES = ['prefill', 'decode'] as const;
export type PhaseId = (typeof PHASES)[number];

/** The story: Llama-2-70B prefill of a 1,024-token prompt on 8 A100s over NVLink 3, while 16 MB of KV-cache pages migrate on the same link. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-70b', label: text.model }),
  hardwareId: choiceInput(HARDWARE, { default: 'a100-80gb-sxm', label: text.hardware }),
  linkId: linkInput({ default: 'nvlink-3', label: text.link }),
  tp: numberInput({ default: 8, min: 2, max: 8, allowed: TP_DEGREES, label: text.tp }),
  phase: choiceInput(PHASES, { default: 'prefill', label: text.phase }),
  batch: numberInput({ default: 1, min: 1, max: 256, log: true, stops: [1, 8, 32], label: text.batch }),
  promptTokens: numberInput({ default: 1024, min: 16, max: 16384, log: true, stops: [256, 1024, 4096], label: text.prompt, unit: text.tokens }),
  compression: choiceInput(COMPRESSION_KINDS, { default: 'none', label: text.compression }),
  /** Top-k kept share in percent (typing 10 means 10 %). */
  topkPercent: numberInput({ default: 10, min: 0.1, max: 100, step: 0.1, log: true, stops: [1, 10, 33, 50], label: text.density, unit: text.percent }),
  async: boolInput({ default: false, label: text.async }),
  chunked: boolInput({ default: false, label: text.chunked }),
  chunks: numberInput({ default: 8, min: 1, max: 64, log: true, stops: [2, 8, 32], label: text.chunks }),
  priority: boolInput({ default: false, label: text.priority }),
  merging: boolInput({ default: false, label: text.merging }),
  bucketBytes: numberInput({ default: 1e6, min: 1e4, max: 1e8, log: true, stops: [1e5, 1e6, 2.5e7], label: text.bucket }),
  backgroundBytes: numberInput({ default: 16e6, min: 0, max: 256e6, step: 1e6, stops: [0, 16e6, 64e6], label: text.background }),
  pageBytes: numberInput({ default: 64e3, min: 4e3, max: 4e6, log: true, stops: [16e3, 64e3, 256e3], label: text.page }),
};

export type Inputs = typeof inputs;
