/** The compression simulator's inputs, declared once (图3 and 表3 share them). */
import { DEEP_COMPRESSION_NETWORKS, type DeepCompressionNetworkId, type DeepCompressionStage } from '../../engine/index.ts';
import { boolInput, choiceInput, numberInput } from '../../state/inputs.ts';
import { modelInput } from '../_shared/options.ts';
import { TABLE_METHOD_IDS } from './methods.ts';
import { text } from './text.ts';

export const MODES = ['llm', 'deep'] as const;
export type ModeId = (typeof MODES)[number];
export const VALUE_CODINGS = ['fp16', 'uniform', 'shared'] as const;
export type ValueCoding = (typeof VALUE_CODINGS)[number];
export const PRUNE_KINDS = ['none', 'unstructured', '2:4'] as const;
export type PruneKind = (typeof PRUNE_KINDS)[number];
export const INDEX_KINDS = ['csr', 'bitmask'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];
export const GROUPS = [0, 32, 64, 128] as const;
export const STAGES: readonly DeepCompressionStage[] = ['P', 'PQ', 'PQH'];
export const NETWORKS = Object.keys(DEEP_COMPRESSION_NETWORKS) as DeepCompressionNetworkId[];

/** The story: Llama-2-7B in FP16, nothing switched on yet; Deep Compression waits on AlexNet. */
export const inputs = {
  mode: choiceInput(MODES, { default: 'llm', label: text.mode }),
  modelId: modelInput({ default: 'llama-2-7b', label: text.model }),
  coding: choiceInput(VALUE_CODINGS, { default: 'fp16', label: text.coding }),
  bits: numberInput({ default: 4, min: 2, max: 8, stops: [3, 4, 8], label: text.bits, unit: 'bit' }),
  /** Quantisation group size; 0 = one scale per tensor. */
  groupSize: numberInput({ default: 128, min: 0, max: 128, allowed: GROUPS, label: text.group }),
  prune: choiceInput(PRUNE_KINDS, { default: 'none', label: text.prune }),
  /** Share of weights kept by unstructured pruning, in percent (typing 30 means 30 %). */
  keptPercent: numberInput({ default: 50, min: 5, max: 100, step: 1, stops: [10, 30, 50, 70], label: text.density, unit: '%' }),
  index: choiceInput(INDEX_KINDS, { default: 'csr', label: text.index }),
  huffman: boolInput({ default: false, label: text.huffman }),
  network: choiceInput(NETWORKS, { default: 'alexnet', label: text.network }),
  stage: choiceInput(STAGES, { default: 'PQH', label: text.stage }),
  padding: boolInput({ default: true, label: text.padding }),
  /** The 表3 row whose numbers the readouts show (and derive). */
  method: choiceInput(TABLE_METHOD_IDS, { default: 'int4', label: text.tableMethod }),
};

export type Inputs = typeof inputs;
