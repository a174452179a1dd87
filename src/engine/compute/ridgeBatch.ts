/**
 * The smallest decode batch at which every weight matrix multiply of a layer
 * (Q/K/V, O, MLP or expert projections) is compute-bound on the pure
 * roofline. A dense linear layer of shape d_in × d_out at batch b has
 *   I(b) = 2·b·d_in·d_out / (w·d_in·d_out + a·b·(d_in + d_out))
 * (w, a bytes per weight and activation), which rises with b towards
 * 2·d_in·d_out / (a·(d_in + d_out)); it crosses the ridge I* = P / B near
 * b ≈ I*·w/2 (≈ I* for FP16 weights). MoE layers read the expected number of
 * distinct experts, so they need a larger batch. Found by doubling, then
 * bisection over integer batches (I(b) is monotone in b).
 * The MoE router (d × E, a few experts wide) is left out: its intensity
 * saturates below any GPU's ridge and its time is negligible.
 * Ignores: memory capacity (the batch may not fit), the attention operators
 * (their intensity does not grow with batch). Sources: 'williams-2009-roofline', 'kipply-2022-arithmetic'.
 */
import { requirePositiveInt, requireObject } from '../errors.ts';
import type { NumberFormat } from '../memory/formats.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { rooflinePoints } from './operatorBounds.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export interface RidgeBatchOptions {
  /** Context length in decode. */
  readonly tokens: number;
  readonly precision?: Precision;
  readonly weights?: NumberFormat;
  /** Search limit (default 65536); beyond it the answer is null. */
  readonly maxBatch?: number;
}

function linearsComputeBound(model: ModelSpec, hw: HardwareSpec, batch: number, o: RidgeBatchOptions): boolean {
  const pts = rooflinePoints(model, hw, { phase: 'decode', batch, tokens: o.tokens, ...(o.precision ? { precision: o.precision } : {}), ...(o.weights ? { weights: o.weights } : {}) });
  return pts.every((p) => p.group !== 'linear' || p.class === 'moe-router' || p.bound === 'compute');
}

/** Smallest batch with all decode linear layers compute-bound, or null when none up to maxBatch is. */
export function decodeComputeBoundBatch(model: ModelSpec, hw: HardwareSpec, o: RidgeBatchOptions): number | null {
  validateModel(model);
  validateHardware(hw);
  requireObject('o', o);
  const max = requirePositiveInt('maxBatch', o.maxBatch ?? 65536);
  requirePositiveInt('tokens', o.tokens);
  if (linearsComputeBound(model, hw, 1, o)) return 1;
  let lo = 1;
  let hi = 2;
  while (!linearsComputeBound(model, hw, Math.min(hi, max), o)) {
    if (hi >= max) return null;
    lo = hi;
    hi *= 2;
  }
  hi = Math.min(hi, max);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (linearsComputeBound(model, hw, mid, o)) hi = mid;
    else lo = mid;
  }
  return hi;
}
