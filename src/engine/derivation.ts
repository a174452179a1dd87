import type { SourceKey } from './sources/index.ts';

/** A physical unit a derivation value or result is expressed in (base SI unless it is a ratio or count). */
export type Unit =
  | 'B' | 'FLOP' | 's' | 'B/s' | 'FLOP/s' | 'FLOP/B' | 'J' | 'W'
  | 'params' | 'tokens' | 'tokens/s' | 'bits' | 'ratio' | 'count' | '1';

export interface DerivationTerm {
  /** The symbol as it appears in `tex` (e.g. `L`, `n_{kv}`). */
  readonly symbol: string;
  readonly value: number;
  readonly unit: Unit;
  /** Short bilingual meaning of the symbol. */
  readonly label: { readonly zh: string; readonly en: string };
}

/**
 * How a number was computed: the formula (TeX), the live values substituted
 * and the result, with the source it comes from (issue #3 item 8).
 */
export interface Derivation {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** The formula in TeX, using the `symbol`s of `terms`. */
  readonly tex: string;
  readonly terms: readonly DerivationTerm[];
  readonly result: { readonly value: number; readonly unit: Unit };
  readonly source: SourceKey;
}
