import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { resolveEfficiency } from '../serving/efficiency.ts';
import { inferenceStep, type InferenceStepOptions } from '../serving/inferenceStep.ts';

/**
 * How the time per output token was computed: the decode step summed over
 * its operators, shown as its compute, memory, launch and communication parts.
 */
export function decodeTimeDerivation(model: ModelSpec, hw: HardwareSpec, opts: Omit<InferenceStepOptions, 'phase'>): Derivation {
  const step = inferenceStep(model, hw, { ...opts, phase: 'decode' });
  const eff = resolveEfficiency(opts.efficiency);
  return {
    id: 'decode-time',
    title: { zh: '每个输出 token 的时间（TPOT）', en: 'Time per output token (TPOT)' },
    tex: 't = \\sum_{op} \\max\\!\\left(\\frac{F_{op}}{P\\,\\eta_c}, \\frac{Q_{op}}{B\\,\\eta_m}\\right) + N_{k}\\,t_{k} + t_{comm}',
    terms: [
      { symbol: 'F', value: step.flops, unit: 'FLOP', label: { zh: '每 GPU 浮点运算量', en: 'FLOPs per GPU' } },
      { symbol: 'Q', value: step.bytes, unit: 'B', label: { zh: '每 GPU 访存字节', en: 'bytes moved per GPU' } },
      { symbol: 'P', value: hw.denseFlopsPerSec[step.precision] ?? 0, unit: 'FLOP/s', label: { zh: '峰值算力', en: 'peak compute' } },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s', label: { zh: '显存带宽', en: 'memory bandwidth' } },
      { symbol: '\\eta_c', value: eff.computeEfficiency, unit: 'ratio', label: { zh: '计算效率', en: 'compute efficiency' } },
      { symbol: '\\eta_m', value: eff.memoryEfficiency, unit: 'ratio', label: { zh: '带宽效率', en: 'memory efficiency' } },
      { symbol: 'N_{k}\\,t_{k}', value: step.launchSeconds, unit: 's', label: { zh: '内核启动开销', en: 'kernel launch overhead' } },
      { symbol: 't_{comm}', value: step.communicationSeconds, unit: 's', label: { zh: '张量并行通信', en: 'tensor-parallel communication' } },
    ],
    result: { value: step.seconds, unit: 's' },
    source: 'williams-2009-roofline',
  };
}
