import { createSimStore } from '../../state/index.ts';
import { ALGORITHMS, listInterconnects, listModels, type CollectiveAlgorithm } from '../../engine/index.ts';

export const VIEWS = ['time', 'busbw', 'ring'] as const;
export type ChartView = (typeof VIEWS)[number];
export const TABLE_HARDWARE = ['a100-80gb-sxm', 'h100-sxm', 'mi300x'] as const;
export const RANK_LIMITS = { min: 2, max: 128 } as const;

export interface AllReduceInputs {
  readonly linkId: string;
  readonly ranks: number;
  readonly algorithms: readonly CollectiveAlgorithm[];
  readonly view: ChartView;
  /** The message size the outputs read out, bytes. */
  readonly probeBytes: number;
  /** Ring animation: steps done, 0 … 2(p−1). */
  readonly ringStep: number;
  /** 表8 inputs. */
  readonly hardwareId: string;
  readonly batch: number;
  readonly promptTokens: number;
  readonly tablePhase: 'decode' | 'prefill';
}

/** The story: 8 ranks over third-generation NVLink (one A100 node), a decode-sized 128 KiB message. */
export const ALLREDUCE_DEFAULTS: AllReduceInputs = {
  linkId: 'nvlink-3',
  ranks: 8,
  algorithms: ['ring', 'tree', 'recursive-doubling', 'halving-doubling', 'hierarchical'],
  view: 'time',
  probeBytes: 128 * 1024,
  ringStep: 0,
  hardwareId: 'a100-80gb-sxm',
  batch: 8,
  promptTokens: 1024,
  tablePhase: 'decode',
};

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
export const isLinkId = (v: unknown): v is string => typeof v === 'string' && listInterconnects().some((l) => l.id === v);
export const isModelId = (v: unknown): v is string => typeof v === 'string' && listModels().some((m) => m.id === v);

export function validateAllReduce(saved: unknown): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return isLinkId(s.linkId) && isInt(s.ranks, RANK_LIMITS.min, RANK_LIMITS.max)
    && Array.isArray(s.algorithms) && s.algorithms.every((a) => (ALGORITHMS as readonly unknown[]).includes(a))
    && (VIEWS as readonly unknown[]).includes(s.view)
    && typeof s.probeBytes === 'number' && s.probeBytes >= 1024 && s.probeBytes <= 2 ** 32
    && isInt(s.ringStep, 0, 2 * (RANK_LIMITS.max - 1))
    && (TABLE_HARDWARE as readonly unknown[]).includes(s.hardwareId)
    && isInt(s.batch, 1, 256) && isInt(s.promptTokens, 1, 32768)
    && (s.tablePhase === 'decode' || s.tablePhase === 'prefill');
}

export const useAllReduce = createSimStore<AllReduceInputs>('allreduce', ALLREDUCE_DEFAULTS, validateAllReduce);

export const setInputs = (patch: Partial<AllReduceInputs>) => useAllReduce.setState(patch);

/** The slide's preset (`ranks`, `link`) validated; bad values are dropped and reported. */
export function presetInputs(preset: Readonly<Record<string, string>>): { patch: Partial<AllReduceInputs>; rejected: string[] } {
  const patch: { -readonly [K in keyof AllReduceInputs]?: AllReduceInputs[K] } = {};
  const rejected: string[] = [];
  if (preset.ranks !== undefined) {
    const n = Number(preset.ranks);
    if (isInt(n, RANK_LIMITS.min, RANK_LIMITS.max)) patch.ranks = n; else rejected.push(`ranks="${preset.ranks}"`);
  }
  if (preset.link !== undefined) {
    if (isLinkId(preset.link)) patch.linkId = preset.link; else rejected.push(`link="${preset.link}"`);
  }
  return { patch, rejected };
}

/** Reset to the defaults, then to the slide's preset. */
export function resetTo(preset: Readonly<Record<string, string>>) {
  useAllReduce.reset();
  setInputs(presetInputs(preset).patch);
}
