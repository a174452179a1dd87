/**
 * Tensor-parallel (Megatron-LM) communication in inference.
 *
 * Shoeybi et al. 2019 split attention by heads and the MLP by columns then
 * rows, so each transformer layer needs one all-reduce after attention and
 * one after the MLP in the forward pass (operator g), and two more in the
 * backward pass (operator f): 4 per layer in training, 2 in inference. Each
 * all-reduce carries the layer output, b·s·h elements (batch × tokens ×
 * hidden) in the activation precision. In decode s = 1 (one new token per
 * sequence); in prefill s = prompt length. The vocabulary-parallel input
 * embedding adds one more all-reduce per forward pass (optional here).
 * Ignores: sequence parallelism (which turns each all-reduce into a
 * reduce-scatter + all-gather of the same total volume) and the LM head's
 * gather of logits.
 */
import { requireNonNegative, requirePositiveInt, requireObject } from '../errors.ts';
import { collectiveTime } from './collectiveCost.ts';
import type { CollectiveAlgorithm } from './collectiveTypes.ts';

/** All-reduces per transformer layer in Megatron-LM tensor parallelism (Fig. 3–4). */
export const MEGATRON_ALLREDUCES_PER_LAYER = { forward: 2, backward: 2 } as const;

export interface TensorParallelTrafficParams {
  readonly batch: number;
  /** Tokens per sequence in this step: prompt length (prefill) or 1 (decode). */
  readonly tokens: number;
  readonly hidden: number;
  readonly layers: number;
  readonly tp: number;
  readonly bytesPerElement: number;
  /** Count the vocabulary-parallel embedding's all-reduce (default false). */
  readonly includeEmbedding?: boolean;
}

export interface TensorParallelTraffic {
  readonly allReducesPerLayer: number;
  readonly allReduces: number;
  /** Payload of one all-reduce: b·s·h·bytes. */
  readonly bytesPerAllReduce: number;
  /** Payload summed over all all-reduces. */
  readonly payloadBytes: number;
  /** Bytes each rank sends under ring all-reduce: payload × 2(tp−1)/tp. */
  readonly wireBytesPerRank: number;
}

export function tensorParallelTraffic(params: TensorParallelTrafficParams): TensorParallelTraffic {
  requireObject('params', params);
  const b = requirePositiveInt('batch', params.batch);
  const s = requirePositiveInt('tokens', params.tokens);
  const h = requirePositiveInt('hidden', params.hidden);
  const layers = requirePositiveInt('layers', params.layers);
  const tp = requirePositiveInt('tp', params.tp);
  const bytesPerElement = requireNonNegative('bytesPerElement', params.bytesPerElement);
  const perLayer = tp === 1 ? 0 : MEGATRON_ALLREDUCES_PER_LAYER.forward;
  const allReduces = perLayer * layers + (tp > 1 && params.includeEmbedding ? 1 : 0);
  const bytesPerAllReduce = b * s * h * bytesPerElement;
  const payloadBytes = allReduces * bytesPerAllReduce;
  return { allReducesPerLayer: perLayer, allReduces, bytesPerAllReduce, payloadBytes, wireBytesPerRank: (payloadBytes * 2 * (tp - 1)) / tp };
}

/** Seconds of tensor-parallel all-reduce in one forward pass: allReduces × collectiveTime(one). */
export function tensorParallelCommTime(params: TensorParallelTrafficParams & {
  algorithm?: CollectiveAlgorithm;
  latency: number;
  bandwidth: number;
  reduceSecondsPerByte?: number;
}): { seconds: number; secondsPerAllReduce: number; traffic: TensorParallelTraffic } {
  const traffic = tensorParallelTraffic(params);
  const secondsPerAllReduce = collectiveTime({
    collective: 'all-reduce', algorithm: params.algorithm ?? 'ring', ranks: params.tp, bytes: traffic.bytesPerAllReduce,
    latency: params.latency, bandwidth: params.bandwidth, reduceSecondsPerByte: params.reduceSecondsPerByte ?? 0,
  });
  return { seconds: traffic.allReduces * secondsPerAllReduce, secondsPerAllReduce, traffic };
}
