import { describe, expect, it } from 'vitest';
import {
  contiguousSlotWaste, emitOperators, flopsFromMacs, getHardware, getModel, GiB, kvBytesPerToken, kvCacheBytes,
  llamaFfnHiddenSize, macsFromFlops, modelBandwidthUtilization, paramCount, peakFromMacUnits, resolveFormat,
  ridgePoint, weightBytes, weightStreamingSeconds, type HardwareSpec, type ModelSpec, type OpClass,
} from '../../../src/engine/index.ts';
import { golden, relativeError, type GoldenCase } from './cases.ts';

function check(c: GoldenCase, actual: number): void {
  // Exact cases compare with a float-rounding allowance only.
  const tol = c.toleranceRel === 0 ? 1e-12 : c.toleranceRel;
  expect(relativeError(actual, c.expected), `${c.id} ${c.description}: got ${actual}, expected ${c.expected} (${c.source})`).toBeLessThanOrEqual(tol);
}

/** kipply's 52B example: d = 8192, 64 layers, 64 heads, 4d plain MLP, no biases. */
const kipply52b: ModelSpec = {
  id: 'kipply-52b', name: 'kipply 52B example', family: 'gpt2', hiddenSize: 8192, numLayers: 64, numHeads: 64, numKvHeads: 64,
  headDim: 128, intermediateSize: 4 * 8192, vocabSize: 50257, maxPositionEmbeddings: 2048, tieWordEmbeddings: true,
  mlp: 'dense', activation: 'gelu', norm: 'layernorm', qkvBias: false, oBias: false, mlpBias: false,
  position: { kind: 'rope' }, source: 'kipply-2022-arithmetic',
};

function decodeFlopsByName(model: ModelSpec, names: readonly string[]): number {
  let total = 0;
  const fp16 = resolveFormat('weights', 'fp16');
  emitOperators(model, { phase: 'decode', batch: 1, tokens: 1, tp: 1, weights: fp16, kv: fp16, actBytes: 2, attention: 'flash', sramBytes: 1 << 17 },
    (name, _cls: OpClass, count, _l, flops) => { if (names.includes(name)) total += count * flops; });
  return total;
}

const withRoofline = (peak: number, bandwidth: number): HardwareSpec => ({
  ...getHardware('a100-40gb-sxm'), denseFlopsPerSec: { fp16: peak }, memoryBandwidthBytesPerSec: bandwidth,
});

describe('golden: model memory', () => {
  it('MM-01 paramCount(llama-2-7b) equals the published checkpoint count', () => check(golden['MM-01'], paramCount(getModel('llama-2-7b'))));
  it('MM-04 paramCount(llama-3-8b) equals the published checkpoint count', () => check(golden['MM-04'], paramCount(getModel('llama-3-8b'))));
  it('MM-07 paramCount(mixtral-8x7b) equals the published checkpoint count', () => check(golden['MM-07'], paramCount(getModel('mixtral-8x7b'))));
  it('MM-10 llamaFfnHiddenSize reproduces Llama-3-8B intermediate_size', () => {
    check(golden['MM-10'], llamaFfnHiddenSize(4096, 1.3, 1024));
    expect(getModel('llama-3-8b').intermediateSize).toBe(golden['MM-10'].expected);
  });
  it('MM-13 weightBytes(llama-2-70b, fp16) is within 2% of "140 GB"', () => check(golden['MM-13'], weightBytes(getModel('llama-2-70b'), 'fp16')));
});

describe('golden: KV cache', () => {
  it('KV-01 kvBytesPerToken(opt-13b, fp16) is 800 KiB', () => check(golden['KV-01'], kvBytesPerToken(getModel('opt-13b'), 'fp16')));
  it('KV-06 kvCacheBytes(llama-2-70b, 1024 tokens) is 0.312 GiB', () =>
    check(golden['KV-06'], kvCacheBytes(getModel('llama-2-70b'), { tokens: 1024, batch: 1, dtype: 'fp16' }) / GiB));
  it('KV-12 contiguousSlotWaste reproduces 2038 and 507 never-used slots', () => {
    check(golden['KV-12'], contiguousSlotWaste({ maxLength: 2048, promptTokens: 7, generatedTokens: 1, reservedTokens: 2 }).neverUsedSlots);
    expect(contiguousSlotWaste({ maxLength: 512, promptTokens: 3, generatedTokens: 1, reservedTokens: 1 }).neverUsedSlots).toBe(507);
  });
});

describe('golden: roofline and hardware', () => {
  it('RH-01 peakFromMacUnits(65536, 1, 700 MHz) and the tpu-v1 preset are 92 TOPS', () => {
    check(golden['RH-01'], peakFromMacUnits(65536, 1, 700e6));
    check(golden['RH-01'], getHardware('tpu-v1').denseFlopsPerSec.int8 ?? 0);
  });
  it('RH-02 ridgePoint(tpu-v1, int8) in MACs per byte is 1350', () => check(golden['RH-02'], macsFromFlops(ridgePoint(getHardware('tpu-v1'), 'int8'))));
  it('RH-05 an int8 MLP layer at batch 200 does 200 MACs per weight byte', () => {
    const mlp: ModelSpec = { ...kipply52b, numLayers: 1 };
    let flops = 0;
    let weightBytesRead = 0;
    const int8 = resolveFormat('weights', 'int8');
    emitOperators(mlp, { phase: 'decode', batch: 200, tokens: 1, tp: 1, weights: int8, kv: int8, actBytes: 1, attention: 'flash', sramBytes: 1 << 17 },
      (name, _c, _n, _l, f, w) => { if (name === 'fc1') { flops = f; weightBytesRead = w; } });
    check(golden['RH-05'], macsFromFlops(flops) / weightBytesRead);
  });
  it('RH-07 peakFromMacUnits(108·4, 256, 1.41 GHz) and the a100 preset are 312 TFLOP/s', () => {
    check(golden['RH-07'], peakFromMacUnits(108 * 4, 256, 1.41e9));
    check(golden['RH-07'], getHardware('a100-80gb-sxm').denseFlopsPerSec.fp16 ?? 0);
  });
  it('RH-13 ridgePoint at 312 TFLOP/s and 1.5 TB/s is 208 FLOP/byte', () => check(golden['RH-13'], ridgePoint(withRoofline(312e12, 1.5e12), 'fp16')));
});

describe('golden: inference latency', () => {
  it('IL-01 k_proj + v_proj FLOPs for one token of the 52B model', () => check(golden['IL-01'], decodeFlopsByName(kipply52b, ['k_proj', 'v_proj'])));
  it('IL-04 the matrix operators of one decode token sum to 24·L·d²', () =>
    check(golden['IL-04'], decodeFlopsByName(kipply52b, ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'fc1', 'fc2'])));
  it('IL-05 weightStreamingSeconds(2 B × 260e9, 16, 1.5 TB/s) ≈ 22 ms', () => check(golden['IL-05'], weightStreamingSeconds(2 * 260e9, 16, 1.5e12)));
  it('IL-09 modelBandwidthUtilization(14 GB, 14 ms, 2 TB/s) = 50%', () =>
    check(golden['IL-09'], modelBandwidthUtilization({ weightBytes: 7e9 * 2, kvBytes: 0, tpotSeconds: 0.014, peakBandwidthBytesPerSec: 2e12 })));
  it('flopsFromMacs doubles the MAC count', () => expect(flopsFromMacs(3)).toBe(6));
});
