import { BATCHING_POLICIES, type BatchingPolicy } from '../../engine/serving/batching.ts';
import { createSimStore } from '../../state/index.ts';

export type BatchingPanel = 'curve' | 'stream' | 'parallel' | 'pipeline';
export const PANELS: readonly BatchingPanel[] = ['curve', 'stream', 'parallel', 'pipeline'];
export const GPU_CHOICES = ['2', '4', '8'] as const;
export type GpuChoice = (typeof GPU_CHOICES)[number];

export const BATCH_RANGE = { min: 1, max: 512 } as const;
export const SLOTS_RANGE = { min: 1, max: 32 } as const;
export const RATE_RANGE = { min: 0.2, max: 50 } as const;
export const SEED_RANGE = { min: 1, max: 999 } as const;
export const PER_GPU_RANGE = { min: 1, max: 64 } as const;
export const JOBS_RANGE = { min: 1, max: 8 } as const;
export const JOB_BATCH_RANGE = { min: 1, max: 64 } as const;
export const OUTPUT_RANGE = { min: 2, max: 1024 } as const;
/** CPU time per token for (de)tokenising, nanoseconds. */
export const CPU_NS_RANGE = { min: 10, max: 1e6 } as const;

export interface BatchingInputs {
  /** null = follow the slide's preset. */
  readonly model: string | null;
  readonly hardware: string | null;
  readonly panel: BatchingPanel;
  readonly batch: number;
  readonly policy: BatchingPolicy;
  readonly slots: number;
  readonly rate: number;
  readonly seed: number;
  readonly gpus: GpuChoice;
  readonly perGpuBatch: number;
  readonly pipelined: boolean;
  readonly jobs: number;
  readonly jobBatch: number;
  readonly outputTokens: number;
  readonly cpuNsPerToken: number;
}

export const BATCHING_DEFAULTS: BatchingInputs = {
  model: null, hardware: null, panel: 'curve', batch: 8,
  policy: 'static', slots: 8, rate: 4, seed: 7,
  gpus: '8', perGpuBatch: 8,
  pipelined: false, jobs: 4, jobBatch: 8, outputTokens: 32, cpuNsPerToken: 80,
};

const num = (v: unknown, r: { min: number; max: number }, int = true) =>
  typeof v === 'number' && Number.isFinite(v) && v >= r.min && v <= r.max && (!int || Number.isInteger(v));

export function validateBatching(saved: unknown): Partial<BatchingInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const opt = (k: string, ok: (v: unknown) => boolean) => s[k] === undefined || ok(s[k]);
  const ok =
    opt('model', (v) => v === null || typeof v === 'string') &&
    opt('hardware', (v) => v === null || typeof v === 'string') &&
    opt('panel', (v) => PANELS.includes(v as BatchingPanel)) &&
    opt('policy', (v) => BATCHING_POLICIES.includes(v as BatchingPolicy)) &&
    opt('gpus', (v) => (GPU_CHOICES as readonly unknown[]).includes(v)) &&
    opt('pipelined', (v) => typeof v === 'boolean') &&
    opt('batch', (v) => num(v, BATCH_RANGE)) &&
    opt('slots', (v) => num(v, SLOTS_RANGE)) &&
    opt('rate', (v) => num(v, RATE_RANGE, false)) &&
    opt('seed', (v) => num(v, SEED_RANGE)) &&
    opt('perGpuBatch', (v) => num(v, PER_GPU_RANGE)) &&
    opt('jobs', (v) => num(v, JOBS_RANGE)) &&
    opt('jobBatch', (v) => num(v, JOB_BATCH_RANGE)) &&
    opt('outputTokens', (v) => num(v, OUTPUT_RANGE)) &&
    opt('cpuNsPerToken', (v) => num(v, CPU_NS_RANGE, false));
  return ok ? (s as Partial<BatchingInputs>) : false;
}

export const useBatchingStore = createSimStore<BatchingInputs>('batching', BATCHING_DEFAULTS, validateBatching);
export const setBatching = (patch: Partial<BatchingInputs>) => useBatchingStore.setState(patch);
