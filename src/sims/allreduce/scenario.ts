/** Everything the allreduce simulator shows, from the engine (no numbers typed here). */
import {
  busBandwidth, collectiveCost, collectiveCrossoverBytes, getHardware, getInterconnect, getModel, layerComputeDerivation, layerComputeSeconds,
  tensorParallelCommDerivation, tensorParallelCommTime, tensorParallelTraffic, tensorParallelTrafficDerivation,
  type CollectiveAlgorithm, type CollectiveParams, type InterconnectSpec, type LayerComputeDerivation,
  type TensorParallelCommDerivation, type TensorParallelTrafficDerivation,
} from '../../engine/index.ts';
import { TABLE_TP, type Inputs } from './inputs.ts';
import type { ValuesOf } from '../../state/inputs.ts';

export type State = ValuesOf<Inputs>;

/** One A100/H100 node holds 8 GPUs on NVLink: the intra-node level of the two-level algorithm. */
export const RANKS_PER_NODE = 8;
export const INTRA_NODE_LINK = 'nvlink-3';
export const SIZES: readonly number[] = Array.from({ length: 23 }, (_, i) => 2 ** (10 + i));
/** FP16 activations, as inferenceStep's default. */
const ACTIVATION_BYTES = 2;

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

/** n* of the ring on this link. */
export function crossover(ranks: number, link: InterconnectSpec): number {
  const { bytes: _b, ...rest } = collectiveParams('ring', ranks, link, 1);
  return collectiveCrossoverBytes(rest);
}

/** The fastest algorithm at a message size, among those shown. */
export function fastest(algorithms: readonly CollectiveAlgorithm[], ranks: number, link: InterconnectSpec, bytes: number): { algorithm: CollectiveAlgorithm; params: CollectiveParams; seconds: number } | null {
  let best: { algorithm: CollectiveAlgorithm; params: CollectiveParams; seconds: number } | null = null;
  for (const a of algorithms) {
    if (a === 'hierarchical' && !hierarchicalApplies(ranks)) continue;
    const params = collectiveParams(a, ranks, link, bytes);
    const seconds = collectiveCost(params).seconds;
    if (!best || seconds < best.seconds) best = { algorithm: a, params, seconds };
  }
  return best;
}

/** The predict-first answer: the ring at the same size on a link of twice the bandwidth. */
export function doubledBandwidth(params: CollectiveParams): CollectiveParams {
  return { ...params, bandwidth: params.bandwidth * 2 };
}

export type PredictAnswer = 'yes' | 'some' | 'none';

/** ≈ 2× faster when the time falls below 0.6 of itself; "hardly" when it saves less than a tenth. */
export function answerOf(ratio: number): PredictAnswer {
  return ratio < 0.6 ? 'yes' : ratio > 0.9 ? 'none' : 'some';
}

/* ---------- 表8 ---------- */

export interface TpCell {
  readonly tp: number;
  readonly commSeconds: number;
  readonly computeSeconds: number;
}

export interface TableRow {
  readonly id: string;
  readonly name: string;
  readonly hidden: number;
  readonly layers: number;
  /** The chosen phase's traffic of one forward pass (decode step or prefill). */
  readonly trafficBytes: number;
  readonly decodeBytes: number;
  readonly prefillBytes: number;
  readonly cells: readonly TpCell[];
}

interface TableInput {
  readonly linkId: string;
  readonly hardwareId: string;
  readonly batch: number;
  readonly promptTokens: number;
  readonly tablePhase: 'decode' | 'prefill';
}

function trafficParams(id: string, s: TableInput, tp: number) {
  const model = getModel(id);
  const tokens = s.tablePhase === 'decode' ? 1 : s.promptTokens;
  return { batch: s.batch, tokens, hidden: model.hiddenSize, layers: model.numLayers, tp, bytesPerElement: ACTIVATION_BYTES };
}

function commParams(id: string, s: TableInput, tp: number) {
  const link = getInterconnect(s.linkId);
  return { ...trafficParams(id, s, tp), latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection };
}

/** In decode the step attends to the prompt: its length is the context. */
function computeOf(id: string, s: TableInput, tp: number) {
  return layerComputeSeconds(getModel(id), getHardware(s.hardwareId), { phase: s.tablePhase, batch: s.batch, tokens: s.promptTokens, tp, interconnect: s.linkId });
}

/** One row per model: traffic per step, and comm against compute at TP 2/4/8. Throws EngineError on invalid input. */
export function tableRows(s: TableInput, models: readonly string[]): TableRow[] {
  return models.map((id) => {
    const model = getModel(id);
    const traffic = (tokens: number) => tensorParallelTraffic({ ...trafficParams(id, s, 2), tokens }).payloadBytes;
    const cells = TABLE_TP.map((tp) => ({
      tp,
      commSeconds: tensorParallelCommTime(commParams(id, s, tp)).seconds,
      computeSeconds: computeOf(id, s, tp).totalSeconds,
    }));
    return {
      id, name: model.name, hidden: model.hiddenSize, layers: model.numLayers,
      trafficBytes: tensorParallelTraffic(trafficParams(id, s, 2)).payloadBytes,
      decodeBytes: traffic(1), prefillBytes: traffic(s.promptTokens), cells,
    };
  });
}

export interface RowWork {
  readonly traffic: TensorParallelTrafficDerivation;
  readonly comm: TensorParallelCommDerivation;
  readonly compute: LayerComputeDerivation;
}

/** The derivations of one row's readouts at tensor-parallel degree `tp`. */
export function rowWork(id: string, s: TableInput, tp: number): RowWork {
  return {
    traffic: tensorParallelTrafficDerivation(trafficParams(id, s, tp)),
    comm: tensorParallelCommDerivation(commParams(id, s, tp)),
    compute: layerComputeDerivation(computeOf(id, s, tp)),
  };
}
