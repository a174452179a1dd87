/**
 * A small deterministic pseudo-random generator for exercises: the same kind
 * and seed always give the same scenario (so a share link reproduces it), and
 * nothing in the simulator's logic calls Math.random. mulberry32 (Tommy
 * Ettinger, public domain): 32-bit state, full period 2³², good enough to
 * pick from short lists.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit hash of a kind id. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The generator for one exercise: `stream` (the kind) keeps kinds with the same seed apart. */
export function rngFor(stream: string, seed: number): Rng {
  let state = (hash32(stream) ^ Math.imul(Math.trunc(seed) | 0, 0x9e3779b9)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.min(n - 1, Math.floor(next() * n));
  return {
    next,
    int,
    pick: <T,>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)] as T;
    },
  };
}
