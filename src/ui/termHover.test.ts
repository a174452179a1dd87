import { describe, expect, it, vi } from 'vitest';
import { getModel, kvCacheDerivation } from '../engine/index.ts';
import { termHover } from './termHover.ts';

describe('termHover', () => {
  const kv = kvCacheDerivation(getModel('llama-2-7b'), { tokens: 128 });

  it('termHover reports the mapped part for a symbol and null for unmapped symbols and on leave', () => {
    const report = vi.fn();
    const onHover = termHover(kv, { B: 'kv', n: 'kv' }, report);
    onHover('n');
    expect(report).toHaveBeenLastCalledWith('kv');
    onHover('L');
    expect(report).toHaveBeenLastCalledWith(null);
    onHover(null);
    expect(report).toHaveBeenLastCalledWith(null);
  });

  it('termHover rejects, at compile time, a symbol the derivation does not have', () => {
    // @ts-expect-error the KV derivation has n (tokens per sequence), not T
    const onHover = termHover(kv, { T: 'kv' }, () => undefined);
    expect(typeof onHover).toBe('function');
  });
});
