import { createSimStore } from '../../state/index.ts';

export type TpChoice = '1' | '2' | '4' | '8';
export type LinkChoice = 'native' | 'pcie';
export type PhaseChoice = 'prefill' | 'decode';
export type StopId = 'story' | 'decode-1gpu' | 'long-prefill' | 'tp8-pcie';

export const TP_CHOICES: readonly TpChoice[] = ['1', '2', '4', '8'];
export const LINK_CHOICES: readonly LinkChoice[] = ['native', 'pcie'];
export const PHASE_CHOICES: readonly PhaseChoice[] = ['prefill', 'decode'];
export const BATCH_RANGE = { min: 1, max: 256 } as const;
export const TOKENS_RANGE = { min: 16, max: 131072 } as const;
/** The PCIe generation the "PCIe only" link stands for (PCIe-card servers without NVLink bridges). */
export const PCIE_LINK = 'pcie-4-x16';

/** The student's scenario. `model`/`hardware` null = follow the slide's preset. */
export interface BottleneckInputs {
  readonly model: string | null;
  readonly hardware: string | null;
  readonly tp: TpChoice;
  readonly link: LinkChoice;
  readonly phase: PhaseChoice;
  readonly batch: number;
  /** Prompt length in prefill, context length in decode. */
  readonly tokens: number;
}

/** The slide's story: Llama-2-70B on two A100s over NVLink, one request decoding at 1,024 tokens of context. */
export const BOTTLENECK_DEFAULTS: BottleneckInputs = { model: null, hardware: null, tp: '2', link: 'native', phase: 'decode', batch: 1, tokens: 1024 };

/** Curated stops: each makes a different family of optimisation win. */
export const STOPS: Readonly<Record<StopId, BottleneckInputs>> = {
  story: BOTTLENECK_DEFAULTS,
  'decode-1gpu': { model: 'llama-2-13b', hardware: 'a100-80gb-sxm', tp: '1', link: 'native', phase: 'decode', batch: 1, tokens: 1024 },
  'long-prefill': { model: 'llama-2-13b', hardware: 'a100-80gb-sxm', tp: '1', link: 'native', phase: 'prefill', batch: 1, tokens: 4096 },
  'tp8-pcie': { model: 'llama-2-70b', hardware: 'a100-80gb-sxm', tp: '8', link: 'pcie', phase: 'prefill', batch: 1, tokens: 2048 },
};
export const STOP_IDS = Object.keys(STOPS) as StopId[];

const isInt = (v: unknown, r: { min: number; max: number }) => typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max;
const isId = (v: unknown) => v === undefined || v === null || typeof v === 'string';

export function validateBottleneck(saved: unknown): Partial<BottleneckInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok = isId(s.model) && isId(s.hardware)
    && (s.tp === undefined || TP_CHOICES.includes(s.tp as TpChoice))
    && (s.link === undefined || LINK_CHOICES.includes(s.link as LinkChoice))
    && (s.phase === undefined || PHASE_CHOICES.includes(s.phase as PhaseChoice))
    && (s.batch === undefined || isInt(s.batch, BATCH_RANGE))
    && (s.tokens === undefined || isInt(s.tokens, TOKENS_RANGE));
  return ok ? (s as Partial<BottleneckInputs>) : false;
}

export const useBottleneckStore = createSimStore<BottleneckInputs>('bottleneck-compare', BOTTLENECK_DEFAULTS, validateBottleneck);
export const setBottleneck = (patch: Partial<BottleneckInputs>) => useBottleneckStore.setState(patch);
