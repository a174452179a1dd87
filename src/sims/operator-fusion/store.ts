import { FUSION_CHAINS, type FusionChainId } from '../../engine/compute/fusion.ts';
import { createSimStore } from '../../state/index.ts';

export const TOKENS_RANGE = { min: 1, max: 8192 } as const;
export const SEQ_RANGE = { min: 64, max: 65536 } as const;
/** SRAM per core the student may try, KiB (the paper requires d ≤ M). */
export const SRAM_KIB_RANGE = { min: 16, max: 1024 } as const;
export type HeadDimChoice = 'model' | '64';

export interface FusionInputs {
  /** null = follow the slide's preset (Reset returns to it). */
  readonly model: string | null;
  readonly hardware: string | null;
  readonly chain: FusionChainId;
  readonly fused: boolean;
  /** Tokens in the step (batch × prompt in prefill). */
  readonly tokens: number;
  /** Attention sequence length N. */
  readonly seqLen: number;
  /** null = the device's SRAM per core. */
  readonly sramKiB: number | null;
  readonly headDim: HeadDimChoice;
}

/** The story: the gated MLP's SiLU·gate chain of a 512-token prefill, unfused; attention at N = 4096. */
export const FUSION_DEFAULTS: FusionInputs = {
  model: null, hardware: null, chain: 'silu-gate', fused: false, tokens: 512, seqLen: 4096, sramKiB: null, headDim: 'model',
};

const inRange = (v: unknown, r: { min: number; max: number }) => typeof v === 'number' && Number.isFinite(v) && v >= r.min && v <= r.max;

export function validateFusion(saved: unknown): Partial<FusionInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok =
    (s.model === undefined || s.model === null || typeof s.model === 'string') &&
    (s.hardware === undefined || s.hardware === null || typeof s.hardware === 'string') &&
    (s.chain === undefined || FUSION_CHAINS.includes(s.chain as FusionChainId)) &&
    (s.fused === undefined || typeof s.fused === 'boolean') &&
    (s.tokens === undefined || (inRange(s.tokens, TOKENS_RANGE) && Number.isInteger(s.tokens))) &&
    (s.seqLen === undefined || (inRange(s.seqLen, SEQ_RANGE) && Number.isInteger(s.seqLen))) &&
    (s.sramKiB === undefined || s.sramKiB === null || inRange(s.sramKiB, SRAM_KIB_RANGE)) &&
    (s.headDim === undefined || s.headDim === 'model' || s.headDim === '64');
  return ok ? (s as Partial<FusionInputs>) : false;
}

export const useFusionStore = createSimStore<FusionInputs>('operator-fusion', FUSION_DEFAULTS, validateFusion);
export const setFusion = (patch: Partial<FusionInputs>) => useFusionStore.setState(patch);
