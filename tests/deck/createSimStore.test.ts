import { afterEach, describe, expect, it } from 'vitest';
import { createSimStore } from '../../src/state/createSimStore.ts';
import { noticeStore } from '../../src/state/notices.ts';

interface Knobs {
  batch: number;
  model: string;
}
const defaults: Knobs = { batch: 1, model: 'llama-2-7b' };
const isKnobs = (v: unknown): v is Knobs =>
  typeof v === 'object' && v !== null && typeof (v as Knobs).batch === 'number' && typeof (v as Knobs).model === 'string';

afterEach(() => {
  localStorage.clear();
  noticeStore.setState({ notices: [] });
});

describe('createSimStore', () => {
  it('createSimStore starts from the defaults when nothing is saved', () => {
    const store = createSimStore('t-empty', defaults, isKnobs);
    expect(store.snapshot()).toEqual(defaults);
    expect(noticeStore.getState().notices).toEqual([]);
  });

  it('createSimStore saves every change as JSON under lio.sim.<name>, without actions', () => {
    const store = createSimStore('t-save', defaults, isKnobs);
    store.setState({ batch: 8 });
    expect(JSON.parse(localStorage.getItem('lio.sim.t-save') ?? 'null')).toEqual({ batch: 8, model: 'llama-2-7b' });
  });

  it('createSimStore restores saved inputs, filling new fields from the defaults', () => {
    localStorage.setItem('lio.sim.t-restore', JSON.stringify({ batch: 32 }));
    const store = createSimStore('t-restore', defaults, (v) => (typeof v === 'object' && v !== null ? (v as Partial<Knobs>) : null));
    expect(store.snapshot()).toEqual({ batch: 32, model: 'llama-2-7b' });
  });

  it('createSimStore turns corrupt JSON into defaults plus a bilingual notice, without throwing', () => {
    localStorage.setItem('lio.sim.t-corrupt', '{"batch": 8,,');
    const store = createSimStore('t-corrupt', defaults, isKnobs);
    expect(store.snapshot()).toEqual(defaults);
    const [notice] = noticeStore.getState().notices;
    expect(notice?.text.zh).toContain('t-corrupt');
    expect(notice?.text.en).toContain('t-corrupt');
    expect(localStorage.getItem('lio.sim.t-corrupt')).toBeNull();
  });

  it('createSimStore rejects data its validator refuses (or throws on)', () => {
    localStorage.setItem('lio.sim.t-invalid', JSON.stringify({ batch: 'many' }));
    expect(createSimStore('t-invalid', defaults, isKnobs).snapshot()).toEqual(defaults);
    localStorage.setItem('lio.sim.t-throws', JSON.stringify({ batch: 2 }));
    const throwing = () => {
      throw new Error('bad');
    };
    expect(createSimStore('t-throws', defaults, throwing).snapshot()).toEqual(defaults);
    expect(noticeStore.getState().notices).toHaveLength(2);
  });

  it('reset restores the defaults, from the store or from its state', () => {
    const store = createSimStore('t-reset', defaults, isKnobs);
    store.setState({ batch: 64, model: 'llama-2-70b' });
    store.reset();
    expect(store.snapshot()).toEqual(defaults);
    store.setState({ batch: 2 });
    store.getState().reset();
    expect(store.getState().batch).toBe(1);
    expect(JSON.parse(localStorage.getItem('lio.sim.t-reset') ?? 'null')).toEqual(defaults);
  });
});
