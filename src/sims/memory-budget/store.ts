import { createSimStore } from '../../state/index.ts';
import type { HfConfig } from '../../engine/index.ts';

export const WEIGHT_FORMATS = ['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'int4'] as const;
export type WeightFormatId = (typeof WEIGHT_FORMATS)[number];
export const KV_FORMATS = ['fp16', 'fp8', 'int8'] as const;
export type KvFormatId = (typeof KV_FORMATS)[number];
export const GROUP_SIZES = [0, 32, 64, 128] as const;
export const TP_DEGREES = [1, 2, 4, 8] as const;
/** 'custom' = the pasted config.json in `customConfig`. */
export const CUSTOM_MODEL = 'custom';

export interface MemoryBudgetInputs {
  readonly modelId: string;
  readonly customConfig: HfConfig | null;
  readonly hardwareId: string;
  readonly weightFormat: WeightFormatId;
  /** INT4 group size; 0 = no groups (bare 4-bit, no scales). */
  readonly groupSize: number;
  readonly kvFormat: KvFormatId;
  readonly batch: number;
  readonly context: number;
  readonly tp: number;
}

/** The story: Llama-2-13B on one 24 GB RTX 4090, FP16, one 4k-token request. */
export const MEMORY_BUDGET_DEFAULTS: MemoryBudgetInputs = {
  modelId: 'llama-2-13b',
  customConfig: null,
  hardwareId: 'rtx-4090',
  weightFormat: 'fp16',
  groupSize: 128,
  kvFormat: 'fp16',
  batch: 1,
  context: 4096,
  tp: 1,
};

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function validateMemoryBudget(saved: unknown): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return typeof s.modelId === 'string' && typeof s.hardwareId === 'string'
    && (s.customConfig === null || (typeof s.customConfig === 'object' && !Array.isArray(s.customConfig)))
    && (WEIGHT_FORMATS as readonly unknown[]).includes(s.weightFormat)
    && (GROUP_SIZES as readonly unknown[]).includes(s.groupSize)
    && (KV_FORMATS as readonly unknown[]).includes(s.kvFormat)
    && isInt(s.batch, 1, 1024) && isInt(s.context, 1, 1 << 20)
    && (TP_DEGREES as readonly unknown[]).includes(s.tp);
}

export const useMemoryBudget = createSimStore<MemoryBudgetInputs>('memory-budget', MEMORY_BUDGET_DEFAULTS, validateMemoryBudget);
