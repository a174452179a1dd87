import type { Derivation } from '../derivation.ts';
import { memoryBreakdown, type MemoryOptions } from '../memory/fit.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { requireObject } from '../errors.ts';

export type MemoryTotalDerivation = Derivation<'memory-total', 'W' | 'M_{KV}' | 'A' | 'S'>;

/**
 * How the memory one GPU needs was computed (memoryBreakdown's total):
 *   M = W + M_KV + A + S
 * W weights per GPU, M_KV the KV cache of the batch, A the activation peak,
 * S the workspace. Ignores what memoryBreakdown ignores (paging slack,
 * allocator fragmentation). Source: 'kwon-2023-vllm'.
 */
export function memoryTotalDerivation(model: ModelSpec, hw: HardwareSpec, opts: MemoryOptions): MemoryTotalDerivation {
  requireObject('opts', opts);
  const m = memoryBreakdown(model, hw, opts);
  return {
    id: 'memory-total',
    tex: 'M = W + M_{KV} + A + S',
    evaluate: (v) => v.W + v['M_{KV}'] + v.A + v.S,
    terms: [
      { symbol: 'W', value: m.weights, unit: 'B' },
      { symbol: 'M_{KV}', value: m.kv, unit: 'B' },
      { symbol: 'A', value: m.activations, unit: 'B' },
      { symbol: 'S', value: m.workspace, unit: 'B' },
    ],
    result: { value: m.total, unit: 'B' },
    source: 'kwon-2023-vllm',
  };
}
