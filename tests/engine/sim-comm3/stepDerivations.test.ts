import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  commMethodsTimeline, commStallDerivation, commStepDerivation, getHardware, getInterconnect, getModel, layerComputeDerivation, layerComputeSeconds,
  NO_METHODS, parallelStep, pipelineBubbleDerivation, pipelineStepDerivation, pipelineTimeline, stepThroughputDerivation,
  tensorParallelCommDerivation, tensorParallelCommTime, tensorParallelTraffic, tensorParallelTrafficDerivation,
  type CommMethodsParams, type ParallelStepConfig,
} from '../../../src/engine/index.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
const term = (d: { terms: readonly { symbol: string; value: number }[] }, s: string) => {
  const t = d.terms.find((x) => x.symbol === s);
  if (!t) throw new Error(`no term ${s}`);
  return t.value;
};

const params: CommMethodsParams = {
  layers: 4, full: { attentionSeconds: 1e-3, mlpSeconds: 2e-3 }, half: { attentionSeconds: 0.6e-3, mlpSeconds: 1.1e-3 },
  beforeSeconds: 1e-4, afterSeconds: 2e-4, tp: 8, allReduceBytes: 16e6, latency: 1e-6, bandwidth: 300e9,
  codecBytesPerSec: 1.2e12, backgroundBytes: 4e6, backgroundPageBytes: 16e3, methods: NO_METHODS,
};

describe('commStepDerivation', () => {
  for (const [name, methods] of [
    ['baseline', {}], ['async', { async: true }], ['int8', { compression: 'int8' as const }], ['chunks 8 + priority', { chunks: 8, priority: true }],
  ] as const) {
    it(`commStepDerivation's substituted values reproduce the ${name} step time`, () => {
      const p = { ...params, methods: { ...NO_METHODS, ...methods } };
      const r = commMethodsTimeline(p);
      const d = commStepDerivation(p, r);
      const value = term(d, 't_0') + term(d, 'L') * term(d, 'm') * (term(d, 't_A') + term(d, 't_P')) + term(d, 't_{codec}') + term(d, 'S');
      expect(rel(value, r.stepSeconds)).toBeLessThan(1e-9);
      expect(d.result.value).toBe(r.stepSeconds);
    });
  }
  it('commStallDerivation: S = T − C with C = t_0 + L·m·(t_A + t_P) + t_codec', () => {
    const p = { ...params, methods: { ...NO_METHODS, async: true, compression: 'fp8' as const } };
    const r = commMethodsTimeline(p);
    const d = commStallDerivation(p, r);
    expect(rel(term(d, 'T') - term(d, 'C'), r.stallSeconds)).toBeLessThan(1e-9);
    const c = term(d, 't_0') + term(d, 'L') * term(d, 'm') * (term(d, 't_A') + term(d, 't_P')) + term(d, 't_{codec}');
    expect(rel(c, term(d, 'C'))).toBeLessThan(1e-9);
    expect(term(d, 'm')).toBe(2);
  });
});

describe('pipelineStepDerivation', () => {
  it('T = Σ t_s + (p − 1)·t_send + (m − 1)·t_max equals pipelineTimeline’s makespan for any stages and sends', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1, max: 16 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (stageSeconds, microBatches, p2pSeconds) => {
        const timeline = pipelineTimeline({ stages: stageSeconds.length, microBatches, stageSeconds, p2pSeconds });
        const d = pipelineStepDerivation({ stageSeconds, microBatches, p2pSeconds, timeline });
        const value = term(d, '\\sum_s t_s') + (term(d, 'p') - 1) * term(d, 't_{send}') + (term(d, 'm') - 1) * term(d, 't_{max}');
        expect(rel(value, timeline.totalSeconds)).toBeLessThan(1e-9);
      },
    ));
  });
  it('pipelineBubbleDerivation equals GPipe’s (p − 1)/(m + p − 1) for equal stages and free sends', () => {
    const stageSeconds = [1, 1, 1, 1];
    const timeline = pipelineTimeline({ stages: 4, microBatches: 8, stageSeconds, p2pSeconds: 0 });
    const d = pipelineBubbleDerivation({ stageSeconds, microBatches: 8, p2pSeconds: 0, timeline });
    expect(d.result.value).toBeCloseTo(3 / 11, 12);
    const value = 1 - (term(d, 'm') * term(d, '\\sum_s t_s')) / (term(d, 'p') * term(d, 'T'));
    expect(rel(value, d.result.value)).toBeLessThan(1e-9);
  });
});

describe('tensor-parallel derivations', () => {
  const x = { batch: 8, tokens: 1, hidden: 8192, layers: 80, tp: 8, bytesPerElement: 2 };
  it('tensorParallelTrafficDerivation: V = 2L·b·s·h·a', () => {
    const d = tensorParallelTrafficDerivation(x);
    expect(d.result.value).toBe(tensorParallelTraffic(x).payloadBytes);
    expect(d.result.value).toBe(2 * 80 * 8 * 1 * 8192 * 2);
  });
  it('tensorParallelCommDerivation: T = 2L·(2(p−1)α + 2(p−1)/p·n/B) reproduces tensorParallelCommTime', () => {
    const link = getInterconnect('nvlink-3');
    const y = { ...x, latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection };
    const d = tensorParallelCommDerivation(y);
    const p = term(d, 'p');
    const tar = 2 * (p - 1) * term(d, '\\alpha') + (2 * (p - 1) / p) * term(d, 'n') / term(d, 'B');
    expect(rel(tar, term(d, 'T_{AR}'))).toBeLessThan(1e-9);
    expect(rel(term(d, 'N_{AR}') * tar, d.result.value)).toBeLessThan(1e-9);
    expect(d.result.value).toBe(tensorParallelCommTime(y).seconds);
  });
});

describe('layerComputeDerivation and stepThroughputDerivation', () => {
  it('layerComputeDerivation: t_0 + L(t_A + t_P) + t_1 = totalSeconds', () => {
    const lc = layerComputeSeconds(getModel('llama-2-70b'), getHardware('a100-80gb-sxm'), { phase: 'decode', batch: 8, tokens: 1024, tp: 8 });
    const d = layerComputeDerivation(lc);
    expect(rel(term(d, 't_0') + term(d, 'L') * (term(d, 't_A') + term(d, 't_P')) + term(d, 't_1'), d.result.value)).toBeLessThan(1e-9);
  });
  it('stepThroughputDerivation: tokens/s = N / T', () => {
    expect(stepThroughputDerivation(16, 0.02).result.value).toBeCloseTo(800, 9);
  });
});

describe('parallelStep', () => {
  const story: ParallelStepConfig = {
    model: getModel('llama-2-70b'), hardware: getHardware('a100-80gb-sxm'), mode: 'tp', phase: 'decode', degree: 8,
    batch: 16, tokens: 1024, overlap: false, microBatches: 1, topology: 'nvlink', transport: 'rdma',
  };
  it('parallelStep runs NVLink at the interconnect preset’s bandwidth (one value for one link on every slide)', () => {
    const s = parallelStep(story);
    if (s.mode !== 'tp') throw new Error('tp');
    expect(s.allReduce.bandwidth).toBe(getInterconnect('nvlink-3').bandwidthBytesPerSecPerDirection);
  });
  it('parallelStep: overlap lengthens memory-bound decode and shortens compute-bound prefill', () => {
    expect(parallelStep(story, { overlap: true }).stepSeconds).toBeGreaterThan(parallelStep(story).stepSeconds);
    const prefill = { ...story, phase: 'prefill' as const };
    expect(parallelStep(prefill, { overlap: true }).stepSeconds).toBeLessThan(parallelStep(prefill).stepSeconds);
  });
  it('parallelStep’s TP step derivation reproduces its step time', () => {
    const s = parallelStep(story);
    if (s.mode !== 'tp') throw new Error('tp');
    expect(commStepDerivation(s.params, s.timeline).result.value).toBe(s.stepSeconds);
  });
  it('parallelStep in pipeline mode: more micro-batches shrink the bubble', () => {
    const pp = { ...story, mode: 'pp' as const, microBatches: 1 };
    const a = parallelStep(pp);
    const b = parallelStep(pp, { microBatches: 8 });
    if (a.mode !== 'pp' || b.mode !== 'pp') throw new Error('pp');
    expect(b.bubbleFraction).toBeLessThan(a.bubbleFraction);
    const d = pipelineStepDerivation({ stageSeconds: b.stageSeconds, microBatches: b.microBatches, p2pSeconds: b.p2pSeconds, timeline: b.timeline });
    expect(d.result.value).toBe(b.stepSeconds);
  });
});
