import { describe, expect, it } from 'vitest';
import { EFFICIENCY_SOURCES, getInterconnect, isSourceKey, listHardware, listModels } from '../../src/engine/index.ts';

describe('every preset cites an existing source', () => {
  it.each(listModels().map((m) => [m.id, m.source]))('model %s cites %s', (_id, key) => expect(isSourceKey(key)).toBe(true));
  it.each(listHardware().map((h) => [h.id, h.source]))('hardware %s cites %s', (_id, key) => expect(isSourceKey(key)).toBe(true));
  it('hardware detail sources exist and intra-node links are interconnect presets', () => {
    for (const h of listHardware()) {
      for (const k of h.detailSources ?? []) expect(isSourceKey(k)).toBe(true);
      if (h.intraNodeLink !== null) expect(getInterconnect(h.intraNodeLink).id).toBe(h.intraNodeLink);
    }
  });
  it('every realistic efficiency default cites an existing source', () => {
    for (const k of Object.values(EFFICIENCY_SOURCES)) expect(isSourceKey(k as string)).toBe(true);
  });
});

describe('every derivation cites an existing source', () => {
  it('weightBytes, kvCache, ridgePoint, decodeTime and fit derivations', async () => {
    const e = await import('../../src/engine/index.ts');
    const m = e.getModel('llama-2-7b');
    const hw = e.getHardware('h100-sxm');
    const ds = [
      e.weightBytesDerivation(m, 'fp16'), e.kvCacheDerivation(m, { tokens: 10 }), e.ridgePointDerivation(hw, 'fp16'),
      e.decodeTimeDerivation(m, hw, { batch: 1, tokens: 10 }), e.fitDerivation(m, hw, { batch: 1, tokens: 10 }),
    ];
    for (const d of ds) {
      expect(isSourceKey(d.source)).toBe(true);
      for (const t of d.terms) expect(Number.isFinite(t.value)).toBe(true);
    }
  });
});
