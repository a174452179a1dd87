/** The allreduce simulator's inputs (图8 and 表8), declared once. */
import { ALGORITHMS, type CollectiveAlgorithm } from '../../engine/index.ts';
import { choiceInput, jsonInput, numberInput } from '../../state/inputs.ts';
import { linkInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const CHART_VIEWS = ['time', 'busbw', 'ring'] as const;
export type ChartView = (typeof CHART_VIEWS)[number];
export const TABLE_HARDWARE = ['a100-80gb-sxm', 'h100-sxm', 'mi300x'] as const;
export const TABLE_MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b', 'llama-3-70b', 'mistral-7b', 'mixtral-8x7b', 'opt-13b', 'opt-66b', 'opt-175b', 'gpt-3-175b'] as const;
/** The six rows 表8 shows on stage: small to large dense models and one MoE. */
export const STAGE_TABLE_MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-70b', 'mixtral-8x7b', 'opt-175b'] as const;
export const TABLE_TP = [2, 4, 8] as const;
/** A decode-sized message: batch 8 × hidden 8192 × 2 bytes. */
export const DECODE_PROBE = 128 * 1024;
export const SIZE_MIN = 2 ** 10;
export const SIZE_MAX = 2 ** 32;
export const RANKS_MAX = 128;

function validAlgorithms(raw: unknown): readonly CollectiveAlgorithm[] | undefined {
  if (!Array.isArray(raw) || !raw.every((a) => (ALGORITHMS as readonly unknown[]).includes(a))) return undefined;
  return ALGORITHMS.filter((a) => raw.includes(a));
}

/** The story: 8 ranks over third-generation NVLink (one A100 node), a decode-sized 128 KiB message. */
export const inputs = {
  linkId: linkInput({ default: 'nvlink-3', label: text.link }),
  ranks: numberInput({ default: 8, min: 2, max: RANKS_MAX, log: true, stops: [2, 4, 8, 16, 64], label: text.ranks }),
  algorithms: jsonInput<readonly CollectiveAlgorithm[]>({ default: ['ring', 'tree', 'recursive-doubling', 'halving-doubling', 'hierarchical'], validate: validAlgorithms, label: text.algorithms }),
  chart: choiceInput(CHART_VIEWS, { default: 'time', label: text.view }),
  probeBytes: numberInput({ default: DECODE_PROBE, min: SIZE_MIN, max: SIZE_MAX, log: true, label: text.probe }),
  /** Ring animation: steps done, 0 … 2(p−1) (clamped to the drawn ring). */
  ringStep: numberInput({ default: 0, min: 0, max: 2 * (RANKS_MAX - 1) }),
  /* 表8 */
  hardwareId: choiceInput(TABLE_HARDWARE, { default: 'a100-80gb-sxm', label: text.hardware }),
  tableModel: modelInput({ default: 'llama-2-70b', label: text.tableModel, ids: () => TABLE_MODELS }),
  batch: numberInput({ default: 8, min: 1, max: 256, log: true, stops: [1, 8, 32, 128], label: text.batch }),
  promptTokens: numberInput({ default: 1024, min: 16, max: 32768, log: true, stops: [128, 1024, 4096], label: text.prompt, unit: text.tokens }),
  tablePhase: choiceInput(['decode', 'prefill'] as const, { default: 'decode', label: text.phase }),
};

export type Inputs = typeof inputs;
