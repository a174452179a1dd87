import type { Derivation } from '../derivation.ts';
import { memoryBreakdown, type MemoryOptions } from '../memory/fit.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { requireObject } from '../errors.ts';

export type FitDerivation = Derivation<'memory-fit', 'C' | 'u' | 'W' | 'M_{KV}' | 'A' | 'S'>;

/** How the memory fit was computed: the free bytes per GPU after weights, KV, activations and workspace. */
export function fitDerivation(model: ModelSpec, hw: HardwareSpec, opts: MemoryOptions): FitDerivation {
  requireObject('opts', opts);
  const m = memoryBreakdown(model, hw, opts);
  return {
    id: 'memory-fit',
    tex: 'M_{free} = u\\,C - (W + M_{KV} + A + S)',
    evaluate: (v) => v.u * v.C - (v.W + v['M_{KV}'] + v.A + v.S),
    terms: [
      { symbol: 'C', value: m.capacity, unit: 'B' },
      { symbol: 'u', value: m.usable / m.capacity, unit: 'ratio' },
      { symbol: 'W', value: m.weights, unit: 'B' },
      { symbol: 'M_{KV}', value: m.kv, unit: 'B' },
      { symbol: 'A', value: m.activations, unit: 'B' },
      { symbol: 'S', value: m.workspace, unit: 'B' },
    ],
    result: { value: m.free, unit: 'B' },
    source: 'vllm-engine-args',
  };
}
