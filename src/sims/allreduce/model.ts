/** Everything the allreduce simulator shows, computed from the engine (no numbers typed here). */
import {
  busBandwidth, collectiveCost, collectiveCrossoverBytes, getHardware, getInterconnect, getModel,
  tensorParallelCommTime, tensorParallelTraffic, type CollectiveAlgorithm, type CollectiveParams, type InterconnectSpec,
} from '../../engine/index.ts';
import { layerComputeSeconds } from '../../engine/comm/layerComputeSeconds.ts';
import type { Bilingual } from '../../ui/index.ts';
import { errorText } from '../../i18n/engine/errors.ts';

/** One A100/H100 node holds 8 GPUs on NVLink: the intra-node level of the two-level algorithm. */
export const RANKS_PER_NODE = 8;
export const INTRA_NODE_LINK = 'nvlink-3';
export const SIZE_MIN = 2 ** 10;
export const SIZE_MAX = 2 ** 32;
export const SIZES: readonly number[] = Array.from({ length: 23 }, (_, i) => 2 ** (10 + i));

/** The two-level algorithm needs at least two full nodes. */
export const hierarchicalApplies = (ranks: number) => ranks >= 2 * RANKS_PER_NODE && ranks % RANKS_PER_NODE === 0;

export function collectiveParams(algorithm: CollectiveAlgorithm, ranks: number, link: InterconnectSpec, bytes: number): CollectiveParams {
  const base = { collective: 'all-reduce' as const, algorithm, ranks, bytes };
  if (algorithm !== 'hierarchical') return { ...base, latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection };
  const intra = getInterconnect(INTRA_NODE_LINK);
  return {
    ...base, latency: intra.latencySeconds.default, bandwidth: intra.bandwidthBytesPerSecPerDirection,
    ranksPerNode: RANKS_PER_NODE, interLatency: link.latencySeconds.default, interBandwidth: link.bandwidthBytesPerSecPerDirection,
  };
}

export interface Curve {
  readonly algorithm: CollectiveAlgorithm;
  readonly points: readonly { readonly bytes: number; readonly seconds: number; readonly busBytesPerSec: number }[];
}

export function curves(algorithms: readonly CollectiveAlgorithm[], ranks: number, link: InterconnectSpec): Curve[] {
  return algorithms
    .filter((a) => a !== 'hierarchical' || hierarchicalApplies(ranks))
    .map((algorithm) => ({
      algorithm,
      points: SIZES.map((bytes) => {
        const seconds = collectiveCost(collectiveParams(algorithm, ranks, link, bytes)).seconds;
        return { bytes, seconds, busBytesPerSec: busBandwidth('all-reduce', ranks, bytes, seconds) };
      }),
    }));
}

/** n* of the reference algorithm (the ring when shown). */
export function crossover(algorithm: CollectiveAlgorithm, ranks: number, link: InterconnectSpec): number {
  const { bytes: _b, ...rest } = collectiveParams(algorithm, ranks, link, 1);
  return collectiveCrossoverBytes(rest);
}

/** The fastest algorithm at a message size, among those shown. */
export function fastest(algorithms: readonly CollectiveAlgorithm[], ranks: number, link: InterconnectSpec, bytes: number): { algorithm: CollectiveAlgorithm; seconds: number } | null {
  let best: { algorithm: CollectiveAlgorithm; seconds: number } | null = null;
  for (const a of algorithms) {
    if (a === 'hierarchical' && !hierarchicalApplies(ranks)) continue;
    const seconds = collectiveCost(collectiveParams(a, ranks, link, bytes)).seconds;
    if (!best || seconds < best.seconds) best = { algorithm: a, seconds };
  }
  return best;
}

/* ---------- 表8 ---------- */

export const TABLE_MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b', 'llama-3-70b', 'mistral-7b', 'mixtral-8x7b', 'opt-13b', 'opt-66b', 'opt-175b', 'gpt-3-175b'] as const;
export const TABLE_TP = [2, 4, 8] as const;
const ACTIVATION_BYTES = 2; // FP16 activations, as inferenceStep's default

export interface TpCell {
  readonly tp: number;
  readonly commSeconds: number;
  readonly computeSeconds: number;
  readonly error: Bilingual | null;
}

export interface TableRow {
  readonly id: string;
  readonly name: string;
  readonly hidden: number;
  readonly layers: number;
  readonly allReduces: number;
  readonly decodeBytes: number;
  readonly prefillBytes: number;
  readonly cells: readonly TpCell[];
}

const localized = errorText;

export function tableRows(o: { linkId: string; hardwareId: string; batch: number; promptTokens: number; phase: 'decode' | 'prefill' }): TableRow[] {
  const link = getInterconnect(o.linkId);
  const hw = getHardware(o.hardwareId);
  return TABLE_MODELS.map((id) => {
    const model = getModel(id);
    const traffic = (tokens: number) => tensorParallelTraffic({ batch: o.batch, tokens, hidden: model.hiddenSize, layers: model.numLayers, tp: 2, bytesPerElement: ACTIVATION_BYTES });
    const decode = traffic(1);
    const tokens = o.phase === 'decode' ? 1 : o.promptTokens;
    const cells = TABLE_TP.map((tp) => {
      try {
        const comm = tensorParallelCommTime({
          batch: o.batch, tokens, hidden: model.hiddenSize, layers: model.numLayers, tp, bytesPerElement: ACTIVATION_BYTES,
          latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection,
        });
        // In decode the step attends to the prompt: its length is the context.
        const compute = layerComputeSeconds(model, hw, { phase: o.phase, batch: o.batch, tokens: o.promptTokens, tp, interconnect: o.linkId });
        return { tp, commSeconds: comm.seconds, computeSeconds: compute.totalSeconds, error: null };
      } catch (e) {
        return { tp, commSeconds: Number.NaN, computeSeconds: Number.NaN, error: localized(e) };
      }
    });
    return { id, name: model.name, hidden: model.hiddenSize, layers: model.numLayers, allReduces: decode.allReduces, decodeBytes: decode.payloadBytes, prefillBytes: traffic(o.promptTokens).payloadBytes, cells };
  });
}
