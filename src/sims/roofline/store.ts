import { createSimStore } from '../../state/index.ts';

export type RooflineMode = 'llm' | 'tpu';

export interface RooflineInputs {
  readonly mode: RooflineMode;
  readonly model: string;
  readonly hardware: string;
  readonly batch: number;
  readonly prompt: number;
  readonly context: number;
  /** `${phase}:${operator name}` of the operator whose time is shown. */
  readonly selected: string;
}

export const ROOFLINE_DEFAULTS: RooflineInputs = {
  mode: 'llm', model: 'llama-2-7b', hardware: 'a100-80gb-sxm', batch: 1, prompt: 1024, context: 1024, selected: 'decode:q_proj',
};

export const LIMITS = { batch: [1, 2048], prompt: [16, 32768], context: [16, 32768] } as const;

const isInt = (v: unknown, [lo, hi]: readonly [number, number]) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

export const useRoofline = createSimStore<RooflineInputs>('roofline', ROOFLINE_DEFAULTS, (saved) => {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return (s.mode === 'llm' || s.mode === 'tpu') && typeof s.model === 'string' && typeof s.hardware === 'string'
    && isInt(s.batch, LIMITS.batch) && isInt(s.prompt, LIMITS.prompt) && isInt(s.context, LIMITS.context) && typeof s.selected === 'string';
});

export const setRoofline = (patch: Partial<RooflineInputs>) => useRoofline.setState(patch);
