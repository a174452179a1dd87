import { createSimStore } from '../../state/index.ts';
import { DEEP_COMPRESSION_NETWORKS, type DeepCompressionNetworkId, type DeepCompressionStage } from '../../engine/index.ts';

export const VALUE_CODINGS = ['fp16', 'uniform', 'shared'] as const;
export type ValueCoding = (typeof VALUE_CODINGS)[number];
export const PRUNE_KINDS = ['none', 'unstructured', '2:4'] as const;
export type PruneKind = (typeof PRUNE_KINDS)[number];
export const INDEX_KINDS = ['csr', 'bitmask'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];
export const GROUPS = [0, 32, 64, 128] as const;
export const STAGES: readonly DeepCompressionStage[] = ['P', 'PQ', 'PQH'];
export const NETWORKS = Object.keys(DEEP_COMPRESSION_NETWORKS) as DeepCompressionNetworkId[];

export interface CompressionInputs {
  readonly mode: 'llm' | 'deep';
  readonly modelId: string;
  readonly coding: ValueCoding;
  readonly bits: number;
  readonly groupSize: number;
  readonly prune: PruneKind;
  /** Fraction of weights kept (unstructured). */
  readonly density: number;
  readonly index: IndexKind;
  readonly huffman: boolean;
  readonly network: DeepCompressionNetworkId;
  readonly stage: DeepCompressionStage;
  readonly padding: boolean;
}

/** The story: Llama-2-7B in FP16, nothing switched on yet. */
export const COMPRESSION_DEFAULTS: CompressionInputs = {
  mode: 'llm', modelId: 'llama-2-7b', coding: 'fp16', bits: 4, groupSize: 128, prune: 'none', density: 0.5, index: 'csr', huffman: false,
  network: 'alexnet', stage: 'PQH', padding: true,
};

export function validateCompression(saved: unknown): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return (s.mode === 'llm' || s.mode === 'deep') && typeof s.modelId === 'string'
    && (VALUE_CODINGS as readonly unknown[]).includes(s.coding)
    && typeof s.bits === 'number' && Number.isInteger(s.bits) && s.bits >= 2 && s.bits <= 8
    && (GROUPS as readonly unknown[]).includes(s.groupSize)
    && (PRUNE_KINDS as readonly unknown[]).includes(s.prune)
    && typeof s.density === 'number' && s.density >= 0.05 && s.density <= 1
    && (INDEX_KINDS as readonly unknown[]).includes(s.index)
    && typeof s.huffman === 'boolean' && typeof s.padding === 'boolean'
    && (NETWORKS as readonly unknown[]).includes(s.network)
    && (STAGES as readonly unknown[]).includes(s.stage);
}

export const useCompression = createSimStore<CompressionInputs>('compression', COMPRESSION_DEFAULTS, validateCompression);
