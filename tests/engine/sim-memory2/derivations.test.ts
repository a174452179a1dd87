import { describe, expect, it } from 'vitest';
import {
  activationPeakBytes, checkpointExtraFlopsDerivation, checkpointKeptDerivation, getHardware, getModel, kvBudgetDerivation,
  kvDecodeThroughputDerivation, kvNeverUsedDerivation, kvPagingCapacity, kvSequencesFitDerivation, kvSlotMap, kvSlotShareDerivation,
  kvWastedSlotsDerivation, layerMemoryPlan, memoryStrategyRows, memoryStrategySavingDerivation, memoryStrategyTimeDerivation, offloadFit, offloadFitDerivation, offloadLayerComputeDerivation, offloadSavedDerivation,
  offloadStepDerivation, offloadTimeline, offloadTransferDerivation, PAPER_FIG3_REQUESTS, reuseArenaDerivation, reuseLowerBoundDerivation,
  seededRequests, tensorParallelLayout, trainingCheckpoint, type Derivation,
} from '../../../src/engine/index.ts';

const term = (d: Derivation, symbol: string): number => {
  const t = d.terms.find((x) => x.symbol === symbol);
  if (t === undefined) throw new Error(`no term ${symbol} in ${d.id}`);
  return t.value;
};
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(a), Math.abs(b)));

const m7 = getModel('llama-2-7b');
const m13 = getModel('llama-2-13b');
const opt13 = getModel('opt-13b');
const a100 = getHardware('a100-80gb-sxm');
const a100s = getHardware('a100-40gb-sxm');
const rtx = getHardware('rtx-4090');

describe('layerMemoryPlan', () => {
  const plan = layerMemoryPlan(m7, { batch: 1, tokens: 2048, inPlace: false });

  it('reuseArenaDerivation: o* + |b*| reproduces each strategy’s arena', () => {
    for (const s of ['none', 'best-fit', 'greedy-by-size'] as const) {
      const d = reuseArenaDerivation(plan, s);
      expect(d.result.value).toBe(plan.plans[s].peakBytes);
      expect(term(d, 'o^{*}') + term(d, '|b^{*}|')).toBe(d.result.value);
    }
  });

  it('reuseArenaDerivation without reuse is the sum of every buffer', () => {
    expect(reuseArenaDerivation(plan, 'none').result.value).toBe(plan.buffers.reduce((a, b) => a + b.bytes, 0));
  });

  it('reuseLowerBoundDerivation: the live buffers at the peak operator sum to the lower bound', () => {
    const d = reuseLowerBoundDerivation(plan);
    expect(d.terms.reduce((a, t) => a + t.value, 0)).toBe(plan.plans['greedy-by-size'].lowerBoundBytes);
    expect(d.params?.op).toBe('act·mul');
  });

  it('the in-place lower bound is activationPeakBytes, the inference baseline', () => {
    const inPlace = layerMemoryPlan(m7, { batch: 1, tokens: 2048, inPlace: true });
    expect(reuseLowerBoundDerivation(inPlace).result.value).toBe(activationPeakBytes(m7, 1, 2048, 'fp16', tensorParallelLayout(m7, 1), 1, 'flash'));
  });

  it('with the standard attention kernel and a long prompt the peak moves to the score matrices', () => {
    const naive = layerMemoryPlan(m7, { batch: 1, tokens: 4096, inPlace: false, attention: 'naive' });
    expect(['attn_scores', 'softmax', 'attn_v']).toContain(naive.lifetimes.ops[naive.peakOp]?.name);
  });

  it('noReuseBytes bounds every arena (a fixed chart scale)', () => {
    const inPlace = layerMemoryPlan(m7, { batch: 1, tokens: 2048, inPlace: true });
    for (const s of ['none', 'best-fit', 'greedy-by-size'] as const) expect(inPlace.plans[s].peakBytes).toBeLessThanOrEqual(inPlace.noReuseBytes);
  });
});

describe('trainingCheckpoint', () => {
  it('checkpointKeptDerivation: ⌈L/k⌉|x| + kS reproduces the kept bytes', () => {
    const c = trainingCheckpoint(m7, a100, { batch: 1, tokens: 2048, segmentLayers: 6 });
    const d = checkpointKeptDerivation(c);
    close(Math.ceil(32 / 6) * term(d, '|x|') + 6 * term(d, 'S'), d.result.value);
  });

  it('k = L keeps L·S and recomputes nothing', () => {
    const c = trainingCheckpoint(m7, a100, { batch: 1, tokens: 2048, segmentLayers: 32 });
    const d = checkpointKeptDerivation(c);
    close(32 * term(d, 'S'), d.result.value);
    expect(checkpointExtraFlopsDerivation(c).result.value).toBe(0);
  });

  it('checkpointExtraFlopsDerivation: (L − k)·F', () => {
    const c = trainingCheckpoint(m7, a100, { batch: 2, tokens: 512, segmentLayers: 1 });
    const d = checkpointExtraFlopsDerivation(c);
    close(31 * term(d, 'F'), d.result.value);
  });
});

describe('kvPagingCapacity', () => {
  const requests = seededRequests({ seed: 42, count: 12, maxLength: 2048 });
  const c = kvPagingCapacity(opt13, a100s, { requests, blockTokens: 16 });

  it('kvBudgetDerivation: max(0, uC − W − A − S)', () => {
    const d = kvBudgetDerivation(c);
    close(term(d, 'u') * term(d, 'C') - term(d, 'W') - term(d, 'A') - term(d, 'S'), d.result.value);
  });

  it('kvSequencesFitDerivation: ⌊M_KV / (s̄ · m_tok)⌋ for both allocations', () => {
    for (const a of ['contiguous', 'paged'] as const) {
      const d = kvSequencesFitDerivation(c, a);
      expect(Math.floor(term(d, 'M_{KV}') / (term(d, '\\bar{s}') * term(d, 'm_{tok}')))).toBe(d.result.value);
    }
  });

  it('paging fits at least as many sequences as contiguous pre-allocation (OPT-13B, A100 40 GB: 2–4× and more)', () => {
    expect(c.sequences.paged).toBeGreaterThanOrEqual(c.sequences.contiguous);
    expect(c.sequences.paged / c.sequences.contiguous).toBeGreaterThan(2);
  });

  it('kvDecodeThroughputDerivation: n / t_step', () => {
    const d = kvDecodeThroughputDerivation(c, 'paged');
    close(term(d, 'n') / term(d, 't_{step}'), d.result.value);
  });

  it('a model whose weights fill the card leaves no budget and fits no sequence', () => {
    const none = kvPagingCapacity(getModel('llama-2-70b'), a100s, { requests, blockTokens: 16 });
    expect(none.budgetBytes).toBe(0);
    expect(none.sequences.paged).toBe(0);
    expect(none.tokensPerSecond.paged).toBe(0);
  });
});

describe('slot map derivations', () => {
  const paper = kvSlotMap({ requests: PAPER_FIG3_REQUESTS, allocation: 'contiguous', blockTokens: 16, poolSlots: 2560, step: 1 });

  it('kvNeverUsedDerivation reproduces Kwon et al. Fig. 3 (A: 2038, B: 507)', () => {
    const [a, b] = paper.requests;
    const da = kvNeverUsedDerivation(a as (typeof paper.requests)[number]);
    const db = kvNeverUsedDerivation(b as (typeof paper.requests)[number]);
    expect(da.result.value).toBe(2038);
    expect(db.result.value).toBe(507);
    expect(term(da, 'N_{held}') - term(da, 'N_{used}') - term(da, 'N_{res}')).toBe(2038);
  });

  it('kvSlotShareDerivation and kvWastedSlotsDerivation add up from the slot totals', () => {
    const d = kvSlotShareDerivation(paper);
    close(term(d, 'N_{used}') / (term(d, 'N_{used}') + term(d, 'N_{res}') + term(d, 'N_{int}')), d.result.value);
    const w = kvWastedSlotsDerivation(paper);
    expect(term(w, 'N_{res}') + term(w, 'N_{int}') + term(w, 'N_{ext}')).toBe(w.result.value);
    expect(w.result.value + paper.totals.used + paper.totals.free).toBe(paper.poolSlots);
  });
});

describe('offload derivations', () => {
  const opts = { target: 'weights', fraction: 0.5, prefetch: true, phase: 'decode', batch: 1, tokens: 512 } as const;
  const tl = offloadTimeline(m13, rtx, opts);

  it('offloadTransferDerivation: α + X/β', () => {
    const d = offloadTransferDerivation(tl);
    close(term(d, '\\alpha') + term(d, 'X') / term(d, '\\beta'), d.result.value);
  });

  it('offloadLayerComputeDerivation: t_c + t_m is the timeline’s per-layer compute', () => {
    const d = offloadLayerComputeDerivation(m13, rtx, opts);
    expect(d.result.value).toBe(tl.layerComputeSeconds);
    close(term(d, 't_c') + term(d, 't_m'), d.result.value);
  });

  it('offloadStepDerivation: L·c + Σ stalls + t_edge is the step time', () => {
    const d = offloadStepDerivation(tl);
    close(term(d, 'L') * term(d, 'c') + term(d, '\\Sigma t_{stall}') + term(d, 't_{edge}'), d.result.value);
  });

  it('offloadSavedDerivation: (n − s)·X for weights and activations', () => {
    for (const target of ['weights', 'kv', 'activations'] as const) {
      for (const prefetch of [true, false]) {
        const t = offloadTimeline(m13, rtx, { ...opts, target, prefetch });
        const d = offloadSavedDerivation(t, { target, prefetch });
        close((term(d, 'n') - term(d, 's')) * term(d, 'X'), d.result.value);
      }
    }
  });

  it('offloadFit: the smallest share that fits frees enough, one layer fewer does not', () => {
    const fit = offloadFit(m13, rtx, opts);
    expect(fit.fraction).not.toBeNull();
    const n = fit.offloadedLayers as number;
    const at = (k: number) => offloadTimeline(m13, rtx, { ...opts, fraction: k / m13.numLayers }).savedBytes;
    expect(at(n)).toBeGreaterThanOrEqual(fit.neededBytes - fit.usableBytes);
    expect(at(n - 1)).toBeLessThan(fit.neededBytes - fit.usableBytes);
    const d = offloadFitDerivation(fit);
    close((Math.ceil((term(d, 'M') - term(d, 'U')) / term(d, 'X')) + term(d, 's')) / term(d, 'L'), d.result.value);
  });

  it('offloadFit: offloading activations never makes a model fit (inference holds one layer of them)', () => {
    expect(offloadFit(m13, rtx, { ...opts, target: 'activations' }).fraction).toBeNull();
  });

  it('offloadFit is 0 when the model already fits (Llama-2-7B on an A100 80 GB)', () => {
    expect(offloadFit(m7, a100, opts).fraction).toBe(0);
  });
});

describe('memoryStrategyRows derivations (表4)', () => {
  const cases = [['llama-2-13b', 'a100-40gb-sxm', 8, 2048], ['llama-2-70b', 'rtx-4090', 64, 4096], ['llama-2-7b', 'h100-sxm', 1, 512]] as const;

  it('memoryStrategySavingDerivation: M_base − M_after is the row’s saving, for every row', () => {
    for (const [m, h, batch, tokens] of cases) {
      for (const row of memoryStrategyRows(getModel(m), getHardware(h), { batch, tokens })) {
        const d = memoryStrategySavingDerivation(row);
        close(term(d, 'M_{base}') - term(d, 'M_{after}'), d.result.value);
        expect(d.result.value).toBe(row.savedBytes);
      }
    }
  });

  it('no row saves more than its baseline holds', () => {
    for (const [m, h, batch, tokens] of cases) {
      for (const row of memoryStrategyRows(getModel(m), getHardware(h), { batch, tokens })) {
        expect(row.savedBytes, `${m} ${row.id}`).toBeGreaterThanOrEqual(0);
        expect(row.savedBytes, `${m} ${row.id}`).toBeLessThanOrEqual(row.baselineBytes);
      }
    }
  });

  it('memoryStrategyTimeDerivation: Δt / t_step', () => {
    for (const row of memoryStrategyRows(m13, a100s, { batch: 8, tokens: 2048 })) {
      const d = memoryStrategyTimeDerivation(row);
      close(term(d, '\\Delta t') / term(d, 't_{step}'), d.result.value);
    }
  });
});
