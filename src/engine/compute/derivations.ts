/** Show-the-work panels for the roofline and graph simulators. */
import type { Derivation } from '../derivation.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops, rooflineTime } from '../roofline.ts';
import type { GraphCost } from '../graph/cost.ts';
import { resolveEfficiency, type EfficiencyInput } from '../serving/efficiency.ts';

/** One operator on the pure roofline: t = max(F / P, Q / B). Source: 'williams-2009-roofline'. */
export function operatorTimeDerivation(hw: HardwareSpec, precision: Precision, op: { flops: number; bytes: number }): Derivation {
  const P = peakFlops(hw, precision);
  const B = hw.memoryBandwidthBytesPerSec;
  return {
    id: 'operator-time',
    title: { zh: '单个算子的屋顶线时间', en: 'One operator on the roofline' },
    tex: 't = \\max\\!\\left(\\frac{F}{P}, \\frac{Q}{B}\\right)',
    terms: [
      { symbol: 'F', value: op.flops, unit: 'FLOP', label: { zh: '浮点运算量', en: 'FLOPs' } },
      { symbol: 'Q', value: op.bytes, unit: 'B', label: { zh: '读写字节', en: 'bytes moved' } },
      { symbol: 'P', value: P, unit: 'FLOP/s', label: { zh: `${precision} 峰值算力`, en: `${precision} peak` } },
      { symbol: 'B', value: B, unit: 'B/s', label: { zh: '显存带宽', en: 'memory bandwidth' } },
    ],
    result: { value: rooflineTime(op.flops, op.bytes, P, B).seconds, unit: 's' },
    source: 'williams-2009-roofline',
  };
}

/** The graph's estimated time: Σ over kernels of the roofline time plus launch overhead. Source: 'williams-2009-roofline'. */
export function graphTimeDerivation(hw: HardwareSpec, precision: Precision, cost: GraphCost, efficiency: EfficiencyInput = 'realistic'): Derivation {
  const eff = resolveEfficiency(efficiency);
  return {
    id: 'graph-time',
    title: { zh: '计算图的估算时间', en: 'Estimated time of the graph' },
    tex: 't = \\sum_{k=1}^{N_k} \\max\\!\\left(\\frac{F_k}{P\\,\\eta_c}, \\frac{Q_k}{B\\,\\eta_m}\\right) + N_k\\,t_{launch}',
    terms: [
      { symbol: 'N_k', value: cost.kernels, unit: 'count', label: { zh: 'kernel 数', en: 'kernels launched' } },
      { symbol: 'F_k', value: cost.flops, unit: 'FLOP', label: { zh: '各 kernel FLOPs 之和', en: 'FLOPs, all kernels' } },
      { symbol: 'Q_k', value: cost.bytes, unit: 'B', label: { zh: '各 kernel HBM 字节之和', en: 'HBM bytes, all kernels' } },
      { symbol: 'P', value: peakFlops(hw, precision), unit: 'FLOP/s', label: { zh: '峰值算力', en: 'peak compute' } },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s', label: { zh: '显存带宽', en: 'memory bandwidth' } },
      { symbol: '\\eta_c', value: eff.computeEfficiency, unit: 'ratio', label: { zh: '计算效率', en: 'compute efficiency' } },
      { symbol: '\\eta_m', value: eff.memoryEfficiency, unit: 'ratio', label: { zh: '带宽效率', en: 'memory efficiency' } },
      { symbol: 't_{launch}', value: eff.kernelLaunchSeconds, unit: 's', label: { zh: '每次 kernel 启动开销', en: 'launch overhead per kernel' } },
    ],
    result: { value: cost.seconds, unit: 's' },
    source: 'williams-2009-roofline',
  };
}
