/** Names shared by the collective cost model, its validation and its derivations. */

export const COLLECTIVES = ['all-reduce', 'all-gather', 'reduce-scatter', 'broadcast', 'reduce', 'all-to-all', 'p2p'] as const;
export type Collective = (typeof COLLECTIVES)[number];

export const ALGORITHMS = ['ring', 'tree', 'recursive-doubling', 'halving-doubling', 'hierarchical'] as const;
export type CollectiveAlgorithm = (typeof ALGORITHMS)[number];

/**
 * Inputs of the α-β-γ model (Thakur, Rabenseifner & Gropp 2005).
 * `bytes` is the collective's message size as nccl-tests counts it: the full
 * vector for all-reduce, reduce and broadcast; the full gathered output for
 * all-gather; the full input per rank for reduce-scatter; the total a rank
 * sends for all-to-all; the message for p2p.
 */
export interface CollectiveParams {
  readonly collective: Collective;
  readonly algorithm: CollectiveAlgorithm;
  readonly ranks: number;
  readonly bytes: number;
  /** α: per-message start-up time, seconds. */
  readonly latency: number;
  /** 1/β: bytes/s per link direction. */
  readonly bandwidth: number;
  /** γ: seconds to reduce one byte (0 = ignore the arithmetic). */
  readonly reduceSecondsPerByte?: number;
  /** Hierarchical only: ranks per node (must divide `ranks`). */
  readonly ranksPerNode?: number;
  /** Hierarchical only: α of the inter-node link (defaults to `latency`). */
  readonly interLatency?: number;
  /** Hierarchical only: inter-node bytes/s per rank per direction (defaults to `bandwidth`). */
  readonly interBandwidth?: number;
}

export type CommRegime = 'latency-bound' | 'bandwidth-bound';

/** One phase of a collective (e.g. "intra-node reduce-scatter"), with its own α/β/γ terms. */
export interface CollectivePhase {
  readonly name: string;
  /** How many α terms (sequential message start-ups). */
  readonly messages: number;
  /** Bytes a rank sends sequentially on its link in this phase (coefficient of β). */
  readonly wireBytes: number;
  /** Bytes a rank reduces in this phase (coefficient of γ). */
  readonly reducedBytes: number;
  /** Hierarchical only: the phase runs on the inter-node link (α', B'). */
  readonly inter?: boolean;
  readonly latencySeconds: number;
  readonly bandwidthSeconds: number;
  readonly reduceSeconds: number;
}

export interface CollectiveCost {
  readonly seconds: number;
  readonly latencySeconds: number;
  readonly bandwidthSeconds: number;
  readonly reduceSeconds: number;
  readonly phases: readonly CollectivePhase[];
  /** Latency-bound when the α terms outweigh the β and γ terms together. */
  readonly regime: CommRegime;
}
