import { beforeEach, describe, expect, it } from 'vitest';
import { choiceInput, defaultsOf, numberInput } from '../../src/state/inputs.ts';
import { noticeStore } from '../../src/state/notices.ts';
import { createPlacementStore } from '../../src/state/placementStore.ts';

const specs = {
  batch: numberInput({ default: 1, min: 1, max: 256 }),
  format: choiceInput(['fp16', 'int4'] as const, { default: 'fp16' }),
};
const title = { zh: '测试', en: 'Test' };
const make = (base = { ...defaultsOf(specs), batch: 8 }) => createPlacementStore({ placement: 'test', title, version: 2, specs, base });

beforeEach(() => {
  localStorage.clear();
  noticeStore.setState({ notices: [] });
});

describe('placement store', () => {
  it('starts from the preset and Reset returns to it', () => {
    const s = make();
    expect(s.get().batch).toBe(8);
    s.set({ batch: 64 });
    s.reset();
    expect(s.get()).toEqual({ batch: 8, format: 'fp16' });
  });

  it('saves with its schema version and reads it back', () => {
    make().set({ batch: 64, format: 'int4' });
    expect(JSON.parse(localStorage.getItem('lio.sim.test') ?? '')).toEqual({ v: 2, s: { batch: 64, format: 'int4' } });
    expect(make().get()).toEqual({ batch: 64, format: 'int4' });
  });

  it('reads state written before versions field by field, keeping the valid fields', () => {
    localStorage.setItem('lio.sim.test', JSON.stringify({ batch: 16, format: 'int3' }));
    expect(make().get()).toEqual({ batch: 16, format: 'fp16' });
    expect(noticeStore.getState().notices).toHaveLength(1);
  });

  it('text that is not JSON gives the preset, one notice in both languages, and is removed', () => {
    localStorage.setItem('lio.sim.test', '{"batch": oops');
    expect(make().get().batch).toBe(8);
    expect(noticeStore.getState().notices[0]?.text.zh).toContain('测试');
    expect(noticeStore.getState().notices[0]?.text.en).toContain('Test');
    expect(localStorage.getItem('lio.sim.test')).toBeNull();
  });

  it('state from a newer build is left alone and the preset is used', () => {
    localStorage.setItem('lio.sim.test', JSON.stringify({ v: 9, s: { batch: 200 } }));
    expect(make().get().batch).toBe(8);
  });

  it('a migration turns an older version into this one', () => {
    localStorage.setItem('lio.sim.test', JSON.stringify({ v: 1, s: { batchSize: 32 } }));
    const s = createPlacementStore({ placement: 'test', title, version: 2, specs, base: defaultsOf(specs), migrate: (_v, saved) => ({ batch: (saved as { batchSize: number }).batchSize }) });
    expect(s.get().batch).toBe(32);
  });

  it('encode and apply round-trip the share form relative to the preset', () => {
    const s = make();
    s.set({ batch: 128 });
    const text = s.encode();
    expect(text).toBe('1~batch.128');
    s.reset();
    expect(s.apply(text).ok).toBe(true);
    expect(s.get().batch).toBe(128);
    expect(s.apply('7~batch.2').ok).toBe(false);
    expect(s.get().batch).toBe(128);
  });
});
