/** The inputs as an engine compression method, and the methods 表3 compares. */
import type { LlmCompressionMethod, SourceKey } from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import type { Inputs } from './inputs.ts';

export function methodOf(s: Pick<ValuesOf<Inputs>, 'coding' | 'bits' | 'groupSize' | 'prune' | 'keptPercent' | 'index' | 'huffman'>): LlmCompressionMethod {
  const quantize = s.coding === 'fp16' ? undefined
    : s.coding === 'shared' ? { bits: s.bits, codebook: true }
    : { bits: s.bits, groupSize: s.groupSize || undefined, scaleBits: 16 };
  const prune = s.prune === 'none' ? undefined
    : s.prune === '2:4' ? { kind: '2:4' as const }
    : { kind: 'unstructured' as const, density: s.keptPercent / 100, index: s.index };
  return { ...(quantize ? { quantize } : {}), ...(prune ? { prune } : {}), ...(s.huffman && quantize ? { huffman: true } : {}) };
}

export const TABLE_METHOD_IDS = ['fp16', 'int8', 'int4', 'csr50', 'mask50', '2:4', 'share16', 'share16h'] as const;
export type TableMethodId = (typeof TABLE_METHOD_IDS)[number];

export interface TableMethod {
  readonly id: TableMethodId;
  readonly method: LlmCompressionMethod;
  readonly sources: readonly SourceKey[];
  /** Shown on stage (the story's six rows); the rest are in explore. */
  readonly stage: boolean;
}

/** One scale per output row: the per-channel INT8 of LLM.int8()/SmoothQuant. */
const PER_CHANNEL = 1 << 20;

export const TABLE_METHODS: readonly TableMethod[] = [
  { id: 'fp16', method: {}, sources: [], stage: true },
  { id: 'int8', method: { quantize: { bits: 8, groupSize: PER_CHANNEL } }, sources: ['dettmers-2022-llm-int8', 'xiao-2022-smoothquant'], stage: true },
  { id: 'int4', method: { quantize: { bits: 4, groupSize: 128, scaleBits: 16 } }, sources: ['frantar-2022-gptq', 'lin-2023-awq'], stage: true },
  { id: 'csr50', method: { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } }, sources: ['sun-2023-wanda', 'nvidia-cusparse-csr'], stage: true },
  { id: 'mask50', method: { prune: { kind: 'unstructured', density: 0.5, index: 'bitmask' } }, sources: ['sun-2023-wanda'], stage: false },
  { id: '2:4', method: { prune: { kind: '2:4' } }, sources: ['mishra-2021-sparse-tensor-cores', 'sun-2023-wanda'], stage: true },
  { id: 'share16', method: { quantize: { bits: 4, codebook: true } }, sources: ['han-2016-deep-compression'], stage: false },
  { id: 'share16h', method: { quantize: { bits: 4, codebook: true }, huffman: true }, sources: ['han-2016-deep-compression', 'huffman-1952'], stage: true },
];
