import { describe, expect, it } from 'vitest';
import {
  activationPeakDerivation, attentionIoDerivations, blockGraph, busBandwidthDerivation, computeStrategies, graphBytesDerivation, graphCost, graphFlopsDerivation, graphKernelsDerivation, optimiseGraph,
  strategySpeedupDerivation, deviceRidgeMacDerivation, stepTimeDerivation, servingThroughput, servingThroughputDerivation, servingIterationDerivation,
  servingMemoryDerivation, simulateBatching, requestStream, streamThroughputDerivation, streamTtftDerivation, schedulePipeline,
  pipelineMakespanDerivation, layoutThroughputDerivation, collectiveDerivation, crossoverDerivation, decodeBytesDerivation,
  decodeTimeDerivation, DECISION_NODES, ENGINE_ERROR_KEYS, ENGINE_ERROR_REASONS, EngineError, fitDerivation, fusionBytesDerivation,
  fusionChain, fusionTimeDerivation, fusionCost, getHardware, getModel, graphTimeDerivation, inferenceEnergy, kvCacheDerivation, listHardware,
  listInterconnects, listModels, operatorTimeDerivation, overlappedServing, ridgePointDerivation, servingEnergy, stepSplitDerivation, bottleneckAnalysis, remedySpeedupDerivation, practiceStack, practiceTtftDerivation, practiceThroughputDerivation, memoryTotalDerivation,
  STRATEGY_RULES, weightBytesDerivation, weightSharingDerivation, INT4_G128_FP16, type EngineDerivation, type EngineErrorKey,
} from '../../engine/index.ts';
import {
  checkpointExtraFlopsDerivation, checkpointKeptDerivation, kvBudgetDerivation, kvDecodeThroughputDerivation, kvNeverUsedDerivation,
  kvPagingCapacity, kvSequencesFitDerivation, kvSlotMap, kvSlotShareDerivation, kvWastedSlotsDerivation, layerMemoryPlan, offloadFit,
  offloadFitDerivation, offloadLayerComputeDerivation, offloadSavedDerivation, offloadStepDerivation, offloadTimeline, offloadTransferDerivation,
  PAPER_FIG3_REQUESTS, reuseArenaDerivation, reuseLowerBoundDerivation, trainingCheckpoint,
  memoryStrategyRows, memoryStrategySavingDerivation, memoryStrategyTimeDerivation,
} from '../../engine/index.ts';
import {
  commStallDerivation, commStepDerivation, layerComputeDerivation, layerComputeSeconds, parallelMemoryDerivation, parallelStep, pipelineBubbleDerivation,
  pipelineStepDerivation, stepThroughputDerivation, tensorParallelCommDerivation, tensorParallelTrafficDerivation,
} from '../../engine/index.ts';
import {
  blockPeakDerivation, blockWeightDerivation, deepCompressionDerivation, deploymentThroughputDerivation, deploymentTpotDerivation,
  deploymentTtftDerivation, fusionStoredDerivation, fusionTrafficDerivation, llmRatioDerivation, llmReadDerivation, llmStorageDerivation,
  transformerBlockGraph,
} from '../../engine/index.ts';
import { LANGS } from '../lang.ts';
import { DERIVATION_TEXT, derivationTitle, termLabel } from './derivations.ts';
import { engineErrorText, errorText } from './errors.ts';
import { PRESET_NAMES_ZH, presetLabel, presetName } from './presets.ts';
import { DECISION_QUESTIONS, STRATEGY_TEXT } from './strategies.ts';

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;

const PRACTICE = { weights: 'int8', batch: 8, tpotTargetSeconds: 0.05, overlapFraction: 1, promptTokens: 512, outputTokens: 128 } as const;

/** Every derivation the engine can return, each function evaluated once (and each branch that changes the symbols). */
function everyDerivation(): EngineDerivation[] {
  const m = getModel('llama-2-7b');
  const mixtral = getModel('mixtral-8x7b');
  const a100 = getHardware('a100-80gb-sxm');
  const ring = { collective: 'all-reduce', algorithm: 'ring', ranks: 8, bytes: 1e8, latency: 5e-6, bandwidth: 3e11 } as const;
  const chain = fusionChain(m, 'silu-gate', { tokens: 512, contextTokens: 512, batch: 1 });
  const fused = fusionCost(chain, a100);
  const serving = servingThroughput(m, a100, { gpus: 1, inputTokens: 512, outputTokens: 256, concurrency: 8 });
  const stream = simulateBatching(m, a100, requestStream({ count: 6, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 64] }), { policy: 'continuous', slots: 4 });
  const graphOpt = optimiseGraph(blockGraph(m, { phase: 'decode', batch: 8, tokens: 1024 }), ['fold', 'fuse-elementwise']);
  const attention = attentionIoDerivations({ seqLen: 2048, headDim: 128, sramBytes: 192 * 1024 });
  return [
    weightBytesDerivation(m, 'fp16'),
    weightBytesDerivation(m, INT4_G128_FP16),
    weightBytesDerivation(m, 'int4'),
    activationPeakDerivation(m, { batch: 2, tokens: 512, attention: 'naive' }),
    kvCacheDerivation(m, { tokens: 4096, batch: 2 }),
    ridgePointDerivation(a100, 'fp16'),
    deviceRidgeMacDerivation(getHardware('haswell-e5-2699-v3')),
    decodeTimeDerivation(m, a100, { batch: 1, tokens: 512 }),
    fitDerivation(m, a100, { batch: 1, tokens: 512 }),
    decodeBytesDerivation(mixtral, a100, { batch: 4, contextTokens: 1024 }),
    operatorTimeDerivation(a100, 'bf16', { flops: 1e12, bytes: 1e9 }),
    graphTimeDerivation(a100, 'fp16', graphCost(optimiseGraph(blockGraph(m, { phase: 'prefill', batch: 1, tokens: 512 }), []), a100, 'fp16')),
    attention.standard,
    attention.flash,
    fusionBytesDerivation(chain, fused, false),
    fusionBytesDerivation(chain, fused, true),
    fusionTimeDerivation(fused, false),
    weightSharingDerivation({ weights: 16, bits: 32, clusters: 4 }),
    inferenceEnergy({ flops: 1e12, precision: 'fp16', bytesByLevel: { dram: 1e9, sram: 1e9, rf: 1e9 } }).derivation,
    servingEnergy(m, a100, { batch: 4, promptTokens: 128, outputTokens: 64 }).derivation,
    collectiveDerivation(ring),
    collectiveDerivation({ ...ring, reduceSecondsPerByte: 1e-12 }),
    collectiveDerivation({ ...ring, algorithm: 'hierarchical', ranks: 16, ranksPerNode: 8, interLatency: 1e-5, interBandwidth: 5e10 }),
    collectiveDerivation({ ...ring, collective: 'all-gather', algorithm: 'recursive-doubling' }),
    busBandwidthDerivation(ring),
    busBandwidthDerivation({ ...ring, collective: 'all-gather' }),
    crossoverDerivation(ring),
    crossoverDerivation({ ...ring, algorithm: 'tree' }),
    stepSplitDerivation(m, a100, { phase: 'decode', batch: 8, tokens: 1024, tp: 2 }),
    remedySpeedupDerivation(bottleneckAnalysis(m, a100, { phase: 'decode', batch: 1, tokens: 1024, tp: 1 }), 'int4-weights-fp8-kv')!,
    practiceTtftDerivation(m, a100, practiceStack(m, a100, [], PRACTICE)[0]!)!,
    practiceThroughputDerivation(practiceStack(m, a100, [], PRACTICE)[0]!)!,
    memoryTotalDerivation(m, a100, { batch: 1, tokens: 512 }),
    overlappedServing(m, a100, { batch: 8, promptTokens: 512, outputTokens: 128, tp: 2, overlapFraction: 0.5 }).tpotDerivation,
    strategySpeedupDerivation(computeStrategies(m, a100)[0]!)!,
    graphKernelsDerivation(graphOpt),
    graphBytesDerivation(graphOpt, graphCost(graphOpt, a100, 'fp16')),
    graphFlopsDerivation(graphOpt, graphCost(graphOpt, a100, 'fp16')),
    stepTimeDerivation(m, a100, { phase: 'decode', batch: 8, tokens: 1024, tp: 2 }),
    servingThroughputDerivation(serving, { gpus: 1, outputTokens: 256 }),
    servingIterationDerivation(serving.tpotParts, 'TPOT'),
    servingMemoryDerivation(serving),
    streamThroughputDerivation(stream),
    streamTtftDerivation(stream),
    pipelineMakespanDerivation(schedulePipeline({ tokenise: 1e-3, prefill: 2e-2, decode: 5e-2, detokenise: 1e-3 }, 4, 'pipelined'), 4),
    layoutThroughputDerivation({ tpotSeconds: 0.02, tokensPerSecond: 8 * 8 / 0.02 }, 8, 8),
  ];
}

/** The section-3 memory simulators' derivations (memory-reuse, kv-paging, offload). */
function memoryTechniqueDerivations(): EngineDerivation[] {
  const m = getModel('llama-2-7b');
  const a100 = getHardware('a100-80gb-sxm');
  const plan = layerMemoryPlan(m, { batch: 1, tokens: 512, inPlace: true });
  const ckpt = trainingCheckpoint(m, a100, { batch: 1, tokens: 512, segmentLayers: 6 });
  const kv = kvPagingCapacity(m, a100, { requests: PAPER_FIG3_REQUESTS, blockTokens: 16 });
  const slots = kvSlotMap({ requests: PAPER_FIG3_REQUESTS, allocation: 'contiguous', blockTokens: 16, poolSlots: 2560, step: 1 });
  const opts = { target: 'weights', prefetch: true, phase: 'decode', batch: 1, tokens: 512 } as const;
  const tl = offloadTimeline(m, a100, { ...opts, fraction: 0.5 });
  return [
    reuseArenaDerivation(plan, 'greedy-by-size'), reuseLowerBoundDerivation(plan),
    checkpointKeptDerivation(ckpt), checkpointExtraFlopsDerivation(ckpt),
    kvBudgetDerivation(kv), kvSequencesFitDerivation(kv, 'paged'), kvDecodeThroughputDerivation(kv, 'paged'),
    kvSlotShareDerivation(slots), kvWastedSlotsDerivation(slots), kvNeverUsedDerivation(slots.requests[0]!),
    offloadTransferDerivation(tl), offloadLayerComputeDerivation(m, a100, opts), offloadStepDerivation(tl),
    offloadSavedDerivation(tl, opts), offloadFitDerivation(offloadFit(m, a100, opts)),
    ...memoryStrategyRows(m, a100, { batch: 2, tokens: 512 }).flatMap((r) => [memoryStrategySavingDerivation(r), memoryStrategyTimeDerivation(r)]),
  ];
}

/** The section-6/7 communication simulators' derivations (allreduce 表8, comm-methods, parallel-timeline, comm-strategies). */
function commStepDerivations(): EngineDerivation[] {
  const story = {
    model: getModel('llama-2-70b'), hardware: getHardware('a100-80gb-sxm'), mode: 'tp', phase: 'decode', degree: 8,
    batch: 16, tokens: 1024, overlap: false, microBatches: 4, topology: 'nvlink', transport: 'rdma',
  } as const;
  const tp = parallelStep(story);
  const pp = parallelStep({ ...story, mode: 'pp' });
  if (tp.mode !== 'tp' || pp.mode !== 'pp') throw new Error('parallelStep mode');
  const stage = { stageSeconds: pp.stageSeconds, microBatches: pp.microBatches, p2pSeconds: pp.p2pSeconds, timeline: pp.timeline };
  const traffic = { batch: 8, tokens: 1, hidden: 8192, layers: 80, tp: 8, bytesPerElement: 2 };
  return [
    commStepDerivation(tp.params, tp.timeline),
    commStallDerivation(tp.params, tp.timeline),
    pipelineStepDerivation(stage),
    pipelineBubbleDerivation(stage),
    tensorParallelTrafficDerivation(traffic),
    tensorParallelCommDerivation({ ...traffic, latency: 4.7e-7, bandwidth: 3e11 }),
    layerComputeDerivation(layerComputeSeconds(story.model, story.hardware, { phase: 'decode', batch: 8, tokens: 1024, tp: 8 })),
    stepThroughputDerivation(16, tp.stepSeconds),
    parallelMemoryDerivation(tp.memory),
    parallelMemoryDerivation(pp.memory),
  ];
}

/** The derivations of 图1, 表1, 图3, 表3 and layer fusion (sections 1–2). */
function sectionOneTwoDerivations(): EngineDerivation[] {
  const m = getModel('llama-2-7b');
  const a100 = getHardware('a100-80gb-sxm');
  const graph = transformerBlockGraph(m, { phase: 'prefill', batch: 1, tokens: 1024 });
  const deployment = { weights: 'fp16', kv: 'fp16', batch: 4, paged: true, tp: 1, attention: 'flash', promptTokens: 512, outputTokens: 64 } as const;
  return [
    fusionStoredDerivation(graph, ['flash-attention']), fusionTrafficDerivation(graph, ['flash-attention']),
    blockPeakDerivation(graph, []), blockWeightDerivation(m, graph),
    llmStorageDerivation(m, { quantize: { bits: 4, groupSize: 128 } }), llmRatioDerivation(m, {}), llmReadDerivation(m, {}),
    deepCompressionDerivation('alexnet'),
    deploymentTtftDerivation(m, a100, deployment)!, deploymentTpotDerivation(m, a100, deployment)!, deploymentThroughputDerivation(m, a100, deployment)!,
  ];
}

const derivations = [...everyDerivation(), ...memoryTechniqueDerivations(), ...commStepDerivations(), ...sectionOneTwoDerivations()];

describe('the engine returns no words', () => {
  it('every engine derivation carries ids, symbols and numbers only: no title, no label, no CJK text', () => {
    for (const d of derivations) {
      expect(d).not.toHaveProperty('title');
      for (const term of d.terms) expect(term).not.toHaveProperty('label');
      expect(JSON.stringify(d)).not.toMatch(CJK);
    }
  });
});

describe('DERIVATION_TEXT', () => {
  it('every derivation id the engine produces has words, and every id with words is produced', () => {
    const produced = new Set(derivations.map((d) => d.id));
    expect([...produced].sort()).toEqual(Object.keys(DERIVATION_TEXT).sort());
  });

  it.each(LANGS)('every derivation has a title and a meaning for each of its symbols in %s, with every {param} filled', (lang) => {
    for (const d of derivations) {
      const title = derivationTitle(d, lang);
      expect(title.length, d.id).toBeGreaterThan(0);
      expect(title, d.id).not.toMatch(/[{}]|undefined/);
      for (const term of d.terms) {
        const label = termLabel(d, term.symbol, lang);
        expect(label, `${d.id} ${term.symbol}`).not.toBe(term.symbol);
        expect(label, `${d.id} ${term.symbol}`).not.toMatch(/\{\w+\}|undefined/);
      }
    }
  });

  it('derivationTitle and termLabel fill params: precision, collective, tensor lists joined per language', () => {
    const a100 = getHardware('a100-80gb-sxm');
    const ridge = ridgePointDerivation(a100, 'fp16');
    expect(termLabel(ridge, 'P', 'en')).toBe('dense fp16 peak');
    expect(termLabel(ridge, 'P', 'zh')).toBe('fp16 稠密峰值算力');
    const collective = derivations.find((d) => d.id === 'collective')!;
    expect(derivationTitle(collective, 'en')).toBe('α-β-γ time of all-reduce (ring)');
    const fused = derivations.find((d) => d.id === 'fusion-bytes-fused')!;
    expect(termLabel(fused, '\\text{inputs}', 'en')).toBe('external input elements (g, u)');
    expect(termLabel(fused, '\\text{inputs}', 'zh')).toBe('外部输入元素（g、u）');
  });
});

describe('engineErrorText', () => {
  const samples: Record<EngineErrorKey, EngineError> = {
    notFinite: new EngineError('notFinite', { field: 'batch', value: Number.NaN }),
    notPositive: new EngineError('notPositive', { field: 'tokens', value: 0 }),
    negative: new EngineError('negative', { field: 'bytes', value: -1 }),
    notInteger: new EngineError('notInteger', { field: 'batch', value: 1.5 }),
    outOfRange: new EngineError('outOfRange', { field: 'promptTokens', value: 5000, min: 2, max: 4096 }),
    notDivisible: new EngineError('notDivisible', { field: 'tp', value: 3, divisor: 'numHeads', divisorValue: 40 }),
    unknownPreset: new EngineError('unknownPreset', { field: 'model', value: 'llama-9' }),
    unsupportedPrecision: new EngineError('unsupportedPrecision', { field: 'activations', value: 'fp16' }),
    missingField: new EngineError('missingField', { field: 'hidden_size' }),
    invalidConfig: new EngineError('invalidConfig', { field: 'head_dim', reason: 'headDimUndetermined', args: { hidden_size: 100, num_attention_heads: 3 } }),
    unknownOption: new EngineError('unknownOption', { field: 'phase', value: 'train', options: ['prefill', 'decode'] }),
  };

  it.each(LANGS)('every EngineError key has text in %s that names the field and never prints NaN or undefined', (lang) => {
    for (const key of ENGINE_ERROR_KEYS) {
      const text = engineErrorText(samples[key], lang);
      expect(text.length, key).toBeGreaterThan(0);
      expect(text, key).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
    }
  });

  it.each(LANGS)('every reason has text in %s', (lang) => {
    for (const reason of ENGINE_ERROR_REASONS) {
      const text = engineErrorText(new EngineError('invalidConfig', { field: 'config', reason, args: { stages: 4, id: 'a', hidden_size: 10, num_attention_heads: 3 } }), lang);
      expect(text, reason).not.toMatch(/\{\w+\}|undefined/);
    }
  });

  it('engineErrorText names a known field as the reader knows it, and an unknown one as it is', () => {
    expect(engineErrorText(samples.notInteger, 'en')).toBe('Batch size must be a whole number (got 1.5)');
    expect(engineErrorText(samples.notInteger, 'zh')).toBe('批大小 必须是整数（收到 1.5）');
    expect(engineErrorText(samples.outOfRange, 'en')).toBe('Prompt length must be between 2 and 4,096 (got 5,000)');
    expect(engineErrorText(samples.notDivisible, 'en')).toBe('Tensor-parallel degree (3) must be divisible by attention heads (40)');
    expect(engineErrorText(samples.notFinite, 'en')).toBe('Batch size must be a finite number');
    expect(engineErrorText(new EngineError('notPositive', { field: 'wordsPerMinute', value: 0 }), 'en')).toBe('wordsPerMinute must be greater than 0 (got 0)');
    expect(engineErrorText(samples.invalidConfig, 'zh')).toContain('hidden_size 100');
  });

  it('errorText gives both languages for an EngineError and the message for anything else', () => {
    const zhEn = errorText(samples.unknownPreset);
    expect(zhEn.zh).toContain('llama-9');
    expect(zhEn.en).toBe('Unknown model preset "llama-9"');
    expect(errorText(new Error('boom'))).toEqual({ zh: 'boom', en: 'boom' });
  });

  it('an EngineError message is a stable technical string, not reader text', () => {
    expect(samples.outOfRange.message).toBe('outOfRange: promptTokens');
    expect(samples.invalidConfig.message).toBe('invalidConfig: head_dim (headDimUndetermined)');
  });
});

describe('strategy and preset words', () => {
  it('every strategy rule and decision node has words in both languages', () => {
    for (const id of Object.keys(STRATEGY_RULES) as (keyof typeof STRATEGY_TEXT)[]) {
      for (const lang of LANGS) {
        expect(STRATEGY_TEXT[id].label[lang].length).toBeGreaterThan(0);
        expect(STRATEGY_TEXT[id].rationale[lang].length).toBeGreaterThan(0);
        expect(STRATEGY_TEXT[id].cost[lang].length).toBeGreaterThan(0);
      }
    }
    for (const node of DECISION_NODES) for (const lang of LANGS) expect(DECISION_QUESTIONS[node][lang].length).toBeGreaterThan(0);
  });

  it('every Chinese preset name belongs to an existing preset', () => {
    const ids = new Set([...listInterconnects(), ...listHardware(), ...listModels()].map((p) => p.id));
    for (const id of Object.keys(PRESET_NAMES_ZH)) expect(ids, id).toContain(id);
  });

  it('presetName gives the Chinese name where one exists and the product name otherwise', () => {
    const nvlink = listInterconnects().find((l) => l.id === 'nvlink-3')!;
    expect(presetName(nvlink, 'en')).toBe('NVLink 3 (A100)');
    expect(presetName(nvlink, 'zh')).toBe('NVLink 3（A100）');
    const pcie = listInterconnects().find((l) => l.id === 'pcie-4-x16')!;
    expect(presetName(pcie, 'zh')).toBe('PCIe 4.0 x16');
    for (const p of [...listInterconnects(), ...listHardware(), ...listModels()]) expect(p.name).not.toMatch(CJK);
    expect(presetLabel(nvlink)).toEqual({ zh: 'NVLink 3（A100）', en: 'NVLink 3 (A100)' });
  });
});
