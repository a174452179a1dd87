import { describe, expect, it } from 'vitest';
import {
  deploymentEstimate, deploymentThroughputDerivation, deploymentTpotDerivation, deploymentTtftDerivation, getHardware, getModel, INT4_G128_FP16,
  substitutedValue, type DeploymentConfig,
} from '../../../src/engine/index.ts';

const rel = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
const m13 = getModel('llama-2-13b');
const a100 = getHardware('a100-80gb-sxm');
const base: DeploymentConfig = { weights: 'fp16', kv: 'fp16', batch: 1, paged: false, tp: 1, attention: 'naive', promptTokens: 512, outputTokens: 256, maxLength: 4096 };

describe('deployment derivations', () => {
  for (const [name, config] of [
    ['the FP16 baseline', base],
    ['INT4, paged, batch 64, TP 2', { ...base, weights: INT4_G128_FP16, paged: true, batch: 64, tp: 2, attention: 'flash' }],
    ['a short output (exact sum)', { ...base, outputTokens: 12 }],
  ] as const) {
    it(`TTFT, TPOT and throughput reproduce deploymentEstimate (Llama-2-13B on an A100, ${name})`, () => {
      const e = deploymentEstimate(m13, a100, config);
      const ttft = deploymentTtftDerivation(m13, a100, config)!;
      const tpot = deploymentTpotDerivation(m13, a100, config)!;
      const thr = deploymentThroughputDerivation(m13, a100, config)!;
      expect(ttft.result.value).toBe(e.serving!.ttftSeconds);
      expect(tpot.result.value).toBe(e.serving!.tpotSeconds);
      expect(thr.result.value).toBe(e.serving!.tokensPerSecond);
      for (const d of [ttft, tpot, thr]) expect(rel(substitutedValue(d), d.result.value)).toBeLessThan(1e-9);
    });
  }

  it('the first decode step is no longer than the last (the context grows)', () => {
    const d = deploymentTpotDerivation(m13, a100, base)!;
    const t = (s: string) => d.terms.find((x) => x.symbol === s)!.value;
    expect(t('t_1')).toBeLessThanOrEqual(t('t_o'));
    expect(t('t_1')).toBeLessThanOrEqual(d.result.value);
  });

  it('a model that does not fit has no timing to derive', () => {
    const config = { ...base, maxLength: 4096 };
    const m70 = getModel('llama-2-70b');
    expect(deploymentEstimate(m70, a100, config).serving).toBeNull();
    expect(deploymentTtftDerivation(m70, a100, config)).toBeNull();
    expect(deploymentTpotDerivation(m70, a100, config)).toBeNull();
    expect(deploymentThroughputDerivation(m70, a100, config)).toBeNull();
  });
});
