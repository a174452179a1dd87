/** The bottleneck-compare simulator's inputs, declared once, and its curated scenarios. */
import { choiceInput, numberInput, type ValuesOf } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const TP_DEGREES = [1, 2, 4, 8] as const;
export const LINKS = ['native', 'pcie'] as const;
export type LinkChoice = (typeof LINKS)[number];
export const PHASES = ['prefill', 'decode'] as const;
export type PhaseChoice = (typeof PHASES)[number];
/** The PCIe generation the "PCIe only" link stands for (PCIe-card servers without NVLink bridges). */
export const PCIE_LINK = 'pcie-4-x16';

/** The story: Llama-2-70B on two A100s over NVLink, one request decoding at 1,024 tokens of context. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-70b', label: text.model }),
  /** GPUs and SoCs with an FP16 peak: the FP16 baseline runs there (K80 has FP32 only). */
  hardwareId: deviceInput({ default: 'a100-80gb-sxm', label: text.hardware, kinds: ['gpu', 'soc'], precision: 'fp16' }),
  tp: numberInput({ default: 2, min: 1, max: 8, allowed: TP_DEGREES, label: text.tp }),
  link: choiceInput(LINKS, { default: 'native', label: text.link }),
  phase: choiceInput(PHASES, { default: 'decode', label: text.phase }),
  batch: numberInput({ default: 1, min: 1, max: 256, log: true, stops: [1, 8, 64], label: text.batch }),
  /** Prompt length in prefill, context length in decode. */
  tokens: numberInput({ default: 1024, min: 16, max: 131072, log: true, stops: [512, 2048, 4096], label: text.tokens, unit: text.tokenUnit }),
};

export type Inputs = typeof inputs;
export type State = ValuesOf<Inputs>;

export type StopId = 'story' | 'decode-1gpu' | 'long-prefill' | 'tp8-pcie';
export const STOP_IDS: readonly StopId[] = ['story', 'decode-1gpu', 'long-prefill', 'tp8-pcie'];

/** Curated scenarios, each making a different family win; 'story' is the slide's preset. */
export function stopState(id: StopId, preset: State): State {
  switch (id) {
    case 'story': return preset;
    case 'decode-1gpu': return { modelId: 'llama-2-13b', hardwareId: 'a100-80gb-sxm', tp: 1, link: 'native', phase: 'decode', batch: 1, tokens: 1024 };
    case 'long-prefill': return { modelId: 'llama-2-13b', hardwareId: 'a100-80gb-sxm', tp: 1, link: 'native', phase: 'prefill', batch: 1, tokens: 4096 };
    case 'tp8-pcie': return { modelId: 'llama-2-70b', hardwareId: 'a100-80gb-sxm', tp: 8, link: 'pcie', phase: 'prefill', batch: 1, tokens: 2048 };
  }
}

/**
 * State saved before the simulator shape (no version): `{ model, hardware:
 * id | null, tp: '1'…'8', link, phase, batch, tokens }`, null meaning the
 * slide's preset.
 */
export function migrate(version: number, saved: unknown): unknown {
  if (version !== 0 || typeof saved !== 'object' || saved === null) return saved;
  const s = saved as Record<string, unknown>;
  const out: Record<string, unknown> = { link: s.link, phase: s.phase, batch: s.batch, tokens: s.tokens };
  if (typeof s.model === 'string') out.modelId = s.model;
  if (typeof s.hardware === 'string') out.hardwareId = s.hardware;
  if (typeof s.tp === 'string') out.tp = Number(s.tp);
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}
