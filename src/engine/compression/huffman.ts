/**
 * Canonical Huffman codes (Huffman 1952) built from a frequency table.
 *
 * Pure and deterministic: ties between equal weights are broken by creation
 * order (leaves in symbol order first), then codes are assigned canonically
 * (by length, then symbol index), so the same table always yields the same
 * code. Symbols with zero frequency get no code (length 0). A table with one
 * used symbol gets a 1-bit code. The average length L satisfies
 * H ≤ L < H + 1 for entropy H (Shannon 1948) when two or more symbols occur.
 */
import { EngineError, requireNonNegative, requireArray } from '../errors.ts';

export interface HuffmanCode {
  /** Code length per symbol (0 = unused symbol). */
  readonly lengths: readonly number[];
  /** Canonical code word per symbol as a bit string ('' = unused symbol). */
  readonly codes: readonly string[];
  /** Σ pᵢ·lengthᵢ, bits per symbol. */
  readonly averageBits: number;
  /** Shannon entropy −Σ pᵢ log₂ pᵢ, bits per symbol. */
  readonly entropyBits: number;
}

interface Node { readonly weight: number; readonly order: number; readonly symbols: readonly number[] }

const less = (a: Node, b: Node): boolean => a.weight < b.weight || (a.weight === b.weight && a.order < b.order);

function push(heap: Node[], node: Node): void {
  heap.push(node);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i] as Node, heap[parent] as Node)) break;
    [heap[i], heap[parent]] = [heap[parent] as Node, heap[i] as Node];
    i = parent;
  }
}

function pop(heap: Node[]): Node {
  const top = heap[0] as Node;
  const last = heap.pop() as Node;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as Node, heap[m] as Node)) m = l;
      if (r < heap.length && less(heap[r] as Node, heap[m] as Node)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m] as Node, heap[i] as Node];
      i = m;
    }
  }
  return top;
}

/** Shannon entropy in bits of a frequency table (normalised internally). */
export function entropyBits(frequencies: readonly number[]): number {
  requireArray('frequencies', frequencies);
  const total = frequencies.reduce((a, f, i) => a + requireNonNegative(`frequencies[${i}]`, f), 0);
  if (total === 0) return 0;
  return frequencies.reduce((a, f) => (f > 0 ? a - (f / total) * Math.log2(f / total) : a), 0);
}

export function huffmanCode(frequencies: readonly number[]): HuffmanCode {
  requireArray('frequencies', frequencies);
  const total = frequencies.reduce((a, f, i) => a + requireNonNegative(`frequencies[${i}]`, f), 0);
  if (total === 0) throw new EngineError('notPositive', { field: 'frequencies', value: 0 });
  const lengths = new Array<number>(frequencies.length).fill(0);
  const heap: Node[] = [];
  let order = 0;
  frequencies.forEach((f, s) => {
    if (f > 0) push(heap, { weight: f, order: order++, symbols: [s] });
  });
  if (heap.length === 1) {
    lengths[(heap[0] as Node).symbols[0] as number] = 1;
  } else {
    while (heap.length > 1) {
      const a = pop(heap);
      const b = pop(heap);
      for (const s of a.symbols) lengths[s] = (lengths[s] as number) + 1;
      for (const s of b.symbols) lengths[s] = (lengths[s] as number) + 1;
      push(heap, { weight: a.weight + b.weight, order: order++, symbols: [...a.symbols, ...b.symbols] });
    }
  }
  const used = lengths.map((len, s) => ({ len, s })).filter((x) => x.len > 0).sort((x, y) => x.len - y.len || x.s - y.s);
  const codes = new Array<string>(frequencies.length).fill('');
  let code = 0n;
  let prevLen = used[0]?.len ?? 0;
  used.forEach((x, i) => {
    if (i > 0) code = (code + 1n) << BigInt(x.len - prevLen);
    codes[x.s] = code.toString(2).padStart(x.len, '0');
    prevLen = x.len;
  });
  const averageBits = frequencies.reduce((a, f, s) => a + (f / total) * (lengths[s] as number), 0);
  return { lengths, codes, averageBits, entropyBits: entropyBits(frequencies) };
}

/** Average Huffman code length in bits per symbol for a frequency table. */
export function huffmanAverageBits(frequencies: readonly number[]): number {
  requireArray('frequencies', frequencies);
  return huffmanCode(frequencies).averageBits;
}
