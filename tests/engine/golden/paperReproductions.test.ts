// Section 11's paper reproductions: every cited headline number against the
// engine's own value for the same setting. Each row must hold its check, and
// the rows whose engine value is exact by construction must be exact.
import { describe, expect, it } from 'vitest';
import { paperReproductions, PUBLISHED_FIGURES, type ReproductionId } from '../../../src/engine/index.ts';

const rows = paperReproductions();
const byId = (id: ReproductionId) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('paper reproductions (issue #11 item 5)', () => {
  it('has one row per cited headline number, grouped memory → compute → communication', () => {
    expect(rows.map((r) => r.id)).toHaveLength(12);
    const order = rows.map((r) => ['memory', 'compute', 'communication'].indexOf(r.area));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('every row holds its check, and relativeError is engine ÷ published − 1', () => {
    for (const r of rows) {
      expect(r.holds, r.id).toBe(true);
      expect(r.relativeError).toBeCloseTo(r.engine / r.published - 1, 12);
      if (r.check.kind === 'relative') expect(Math.abs(r.relativeError), r.id).toBeLessThanOrEqual(r.check.tolerance + 1e-12);
      else expect(r.engine, r.id).toBeLessThanOrEqual(r.published);
    }
  });

  it("Deep Compression: AlexNet 35× and VGG-16 49× (Han et al. 2016, Table 1) within the model's 10 % gap", () => {
    expect(byId('deep-compression-alexnet').published).toBe(35);
    expect(byId('deep-compression-vgg16').published).toBe(49);
    expect(byId('deep-compression-alexnet').engine).toBeGreaterThan(31.5);
    expect(byId('deep-compression-vgg16').engine).toBeLessThan(53.9);
  });

  it('TPU paper ridge points (Jouppi et al. 2017, Fig. 5–7): TPU ≈ 1350, Haswell ≈ 13, K80 ≈ 9 MAC/B, and FLOP/B is twice MAC/B', () => {
    expect(byId('tpu-ridge-tpu').engine).toBeCloseTo(1352.94, 1);
    expect(Math.round(byId('tpu-ridge-haswell').engine)).toBe(13);
    expect(Math.round(byId('tpu-ridge-k80').engine)).toBe(9);
    for (const id of ['tpu-ridge-tpu', 'tpu-ridge-haswell', 'tpu-ridge-k80'] as const) {
      const r = byId(id);
      expect(r.engineFlopsPerByte).toBeCloseTo(2 * r.engine, 9);
    }
  });

  it('vLLM Fig. 2: contiguous reservation wastes most of the KV cache, paging only the last block (below 3.7 %)', () => {
    expect(byId('vllm-waste-contiguous').engine).toBeGreaterThan(0.7);
    expect(byId('vllm-waste-paged').engine).toBeLessThanOrEqual(PUBLISHED_FIGURES.vllmPagedWaste);
    expect(byId('vllm-waste-paged').engine).toBeGreaterThan(0);
  });

  it('Megatron-LM: two all-reduces per layer in the forward pass; ring all-reduce bus factor 2(n−1)/n = 1.875 at n = 16', () => {
    expect(byId('megatron-allreduces').engine).toBe(2);
    expect(byId('ring-bus-factor').engine).toBe(1.875);
    expect(byId('nccl-bus-bandwidth').engine / 1e9).toBeCloseTo(338.82, 1);
  });

  it('FlashAttention Fig. 2: the tiled kernel moves about a tenth of the standard one', () => {
    const flash = byId('flash-attention-hbm').engine;
    const standard = byId('standard-attention-hbm').engine;
    expect(Math.abs(flash / 4.4e9 - 1)).toBeLessThan(0.1);
    expect(standard / flash).toBeGreaterThan(5);
  });
});
