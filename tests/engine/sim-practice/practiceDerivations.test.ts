import { describe, expect, it } from 'vitest';
import {
  getHardware, getModel, memoryBreakdown, memoryTotalDerivation, practiceStack, practiceThroughputDerivation, practiceTtftDerivation,
  RECOMMENDED_PRACTICE_ORDER, type PracticeSettings,
} from '../../../src/engine/index.ts';

const m13 = getModel('llama-2-13b');
const a100 = getHardware('a100-40gb-sxm');
const settings: PracticeSettings = { weights: 'int8', batch: 64, tpotTargetSeconds: 0.025, overlapFraction: 0.6, promptTokens: 512, outputTokens: 256, maxLength: 4096 };
const levels = practiceStack(m13, a100, RECOMMENDED_PRACTICE_ORDER, settings);
const values = (d: { terms: readonly { symbol: string; value: number }[] }) => Object.fromEntries(d.terms.map((t) => [t.symbol, t.value]));

describe('practice-stack derivations', () => {
  it('practiceTtftDerivation reproduces every level’s TTFT from its substituted values (batched, split, overlapped)', () => {
    for (const l of levels) {
      const d = practiceTtftDerivation(m13, a100, l)!;
      expect(d.result.value).toBe(l.ttftSeconds);
      const v = values(d);
      const ttft = v['t_{prefill}']! - v.f! * Math.min(v['t_{prefill}']! - v['t_{comm}']!, v['t_{comm}']!);
      expect(ttft).toBeCloseTo(l.ttftSeconds!, 12);
      expect(v.b).toBe(l.config.paged ? 1 : l.deployment.batch);
    }
  });

  it('practiceThroughputDerivation reproduces every level’s tokens/s: b·o / (t_prefill + o·TPOT)', () => {
    for (const l of levels) {
      const d = practiceThroughputDerivation(l)!;
      const v = values(d);
      expect(d.result.value).toBe(l.tokensPerSecond);
      expect((v.b! * v.o!) / (v['t_{prefill}']! + v.o! * v['\\mathrm{TPOT}']!)).toBeCloseTo(l.tokensPerSecond!, 6);
    }
  });

  it('a level that does not fit has no TTFT or throughput derivation', () => {
    const s70 = practiceStack(getModel('llama-2-70b'), a100, [], settings)[0]!;
    expect(s70.fits).toBe(false);
    expect(practiceTtftDerivation(getModel('llama-2-70b'), a100, s70)).toBeNull();
    expect(practiceThroughputDerivation(s70)).toBeNull();
  });

  it('memoryTotalDerivation sums to memoryBreakdown’s total', () => {
    const opts = { batch: 8, tokens: 2048, weights: 'int8' as const, tp: 2 };
    const d = memoryTotalDerivation(m13, a100, opts);
    const v = values(d);
    expect(d.result.value).toBe(memoryBreakdown(m13, a100, opts).total);
    expect(v.W! + v['M_{KV}']! + v.A! + v.S!).toBeCloseTo(d.result.value, 0);
  });
});
