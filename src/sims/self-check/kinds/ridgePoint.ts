/**
 * "Where is the ridge point?": a device and a precision; the answer is
 * ridgePoint = peak / bandwidth in FLOP/B, within 3 % (an exact quotient of
 * the two givens).
 */
import { getHardware, peakFlops, ridgePoint, ridgePointDerivation, type Precision } from '../../../engine/index.ts';
import type { Exercise } from '../exercise.ts';
import type { Rng } from '../random.ts';

const DEVICES = ['a100-40gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'h200', 'l4', 'rtx-4090', 'mi300x', 'jetson-agx-orin-64gb', 'tpu-v1'] as const;
const PRECISIONS: readonly Precision[] = ['fp16', 'bf16', 'fp8', 'int8'];

export function ridgePointExercise(seed: number, rng: Rng): Exercise {
  const hw = getHardware(rng.pick(DEVICES));
  const precision = rng.pick(PRECISIONS.filter((p) => hw.denseFlopsPerSec[p] !== undefined));
  return {
    kind: 'ridge-point',
    seed,
    scenario: { kind: 'ridge-point', device: { id: hw.id, name: hw.name }, precision },
    givens: [
      { key: 'peak', value: peakFlops(hw, precision), format: 'flopsPerSec' },
      { key: 'bandwidth', value: hw.memoryBandwidthBytesPerSec, format: 'bandwidth' },
    ],
    answer: { type: 'number', quantity: 'intensity', value: ridgePoint(hw, precision), unit: 'FLOP/B', tolerance: { relative: 0.03, absolute: 0 } },
    derivations: [ridgePointDerivation(hw, precision)],
  };
}
