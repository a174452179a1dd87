/**
 * "Show the work" for layerComputeSeconds: the compute of one forward step on
 * one GPU, T = t_0 + L·(t_A + t_P) + t_1, with t_A and t_P one layer's
 * attention and MLP blocks (each the sum of its operators' roofline times
 * plus launch overhead), t_0 the embedding and t_1 the final norm and LM
 * head. Source: 'shoeybi-2019-megatron' (the split at the all-reduces);
 * operator times from 'williams-2009-roofline' via inferenceStep.
 */
import type { Derivation } from '../derivation.ts';
import type { LayerComputeSeconds } from './layerComputeSeconds.ts';
import { requireNumberFields } from '../errors.ts';

export type LayerComputeDerivation = Derivation<'layer-compute', 'L' | 't_A' | 't_P' | 't_0' | 't_1'>;

export function layerComputeDerivation(x: LayerComputeSeconds): LayerComputeDerivation {
  requireNumberFields('x', x, ['layers', 'attentionSeconds', 'mlpSeconds', 'beforeSeconds', 'afterSeconds', 'totalSeconds']);
  return {
    id: 'layer-compute',
    tex: 'T = t_0 + L\\,(t_A + t_P) + t_1',
    evaluate: (v) => v.t_0 + v.L * (v.t_A + v.t_P) + v.t_1,
    terms: [
      { symbol: 'L', value: x.layers, unit: 'count' },
      { symbol: 't_A', value: x.attentionSeconds, unit: 's' },
      { symbol: 't_P', value: x.mlpSeconds, unit: 's' },
      { symbol: 't_0', value: x.beforeSeconds, unit: 's' },
      { symbol: 't_1', value: x.afterSeconds, unit: 's' },
    ],
    result: { value: x.totalSeconds, unit: 's' },
    source: 'shoeybi-2019-megatron',
  };
}
