import type { Derivation } from '../derivation.ts';
import { memoryBreakdown, type MemoryOptions } from '../memory/fit.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';

/** How the memory fit was computed: the free bytes per GPU after weights, KV, activations and workspace. */
export function fitDerivation(model: ModelSpec, hw: HardwareSpec, opts: MemoryOptions): Derivation {
  const m = memoryBreakdown(model, hw, opts);
  return {
    id: 'memory-fit',
    title: { zh: '单卡显存是否装得下', en: 'Does it fit in one GPU’s memory' },
    tex: 'M_{free} = u\\,C - (W + M_{KV} + A + S)',
    terms: [
      { symbol: 'C', value: m.capacity, unit: 'B', label: { zh: '显存容量', en: 'memory capacity' } },
      { symbol: 'u', value: m.usable / m.capacity, unit: 'ratio', label: { zh: '可用比例', en: 'usable fraction' } },
      { symbol: 'W', value: m.weights, unit: 'B', label: { zh: '权重', en: 'weights' } },
      { symbol: 'M_{KV}', value: m.kv, unit: 'B', label: { zh: 'KV 缓存', en: 'KV cache' } },
      { symbol: 'A', value: m.activations, unit: 'B', label: { zh: '激活峰值', en: 'activation peak' } },
      { symbol: 'S', value: m.workspace, unit: 'B', label: { zh: '工作区', en: 'workspace' } },
    ],
    result: { value: m.free, unit: 'B' },
    source: 'vllm-engine-args',
  };
}
