import { createSimStore } from '../../state/index.ts';
import type { PassId } from '../../engine/graph/types.ts';

/** The five passes the student switches on, in the slide's order, and the engine passes each stands for. */
export const UI_PASSES = ['fold', 'dce', 'cse', 'fuse', 'memory'] as const;
export type UiPass = (typeof UI_PASSES)[number];
export const ENGINE_PASSES: Record<UiPass, readonly PassId[]> = {
  fold: ['fold'], dce: ['dce'], cse: ['cse'],
  fuse: ['fuse-elementwise', 'fuse-bias-act', 'fuse-norm', 'fuse-qkv'],
  memory: ['layout', 'tiling'],
};

export interface GraphInputs {
  readonly model: string;
  readonly hardware: string;
  readonly phase: 'prefill' | 'decode';
  readonly batch: number;
  readonly tokens: number;
  readonly enabled: readonly UiPass[];
}

export const GRAPH_DEFAULTS: GraphInputs = { model: 'llama-2-7b', hardware: 'a100-80gb-sxm', phase: 'decode', batch: 8, tokens: 1024, enabled: [] };
export const GRAPH_LIMITS = { batch: [1, 512], tokens: [16, 32768] } as const;

const isInt = (v: unknown, [lo, hi]: readonly [number, number]) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

export const useGraphOptimizer = createSimStore<GraphInputs>('graph-optimizer', GRAPH_DEFAULTS, (saved) => {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return typeof s.model === 'string' && typeof s.hardware === 'string' && (s.phase === 'prefill' || s.phase === 'decode')
    && isInt(s.batch, GRAPH_LIMITS.batch) && isInt(s.tokens, GRAPH_LIMITS.tokens)
    && Array.isArray(s.enabled) && s.enabled.every((p) => (UI_PASSES as readonly unknown[]).includes(p));
});

export const setGraph = (patch: Partial<GraphInputs>) => useGraphOptimizer.setState(patch);
export const togglePass = (p: UiPass, on: boolean) => {
  const cur = new Set(useGraphOptimizer.getState().enabled);
  if (on) cur.add(p); else cur.delete(p);
  setGraph({ enabled: UI_PASSES.filter((q) => cur.has(q)) });
};
/** Step k of the story: the first k passes on. */
export const setStep = (k: number) => setGraph({ enabled: UI_PASSES.slice(0, Math.max(0, Math.min(UI_PASSES.length, k))) });
export const stepOf = (enabled: readonly UiPass[]): number => {
  let k = 0;
  while (k < UI_PASSES.length && enabled.includes(UI_PASSES[k]!)) k++;
  return k;
};
export const enginePasses = (enabled: readonly UiPass[]): PassId[] => enabled.flatMap((p) => [...ENGINE_PASSES[p]]);
