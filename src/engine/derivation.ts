import { EngineError } from './errors.ts';
import type { SourceKey } from './sources/index.ts';

/** A physical unit a derivation value or result is expressed in (base SI unless it is a ratio or count). */
export type Unit =
  | 'B' | 'FLOP' | 's' | 'B/s' | 'FLOP/s' | 'FLOP/B' | 'J' | 'W'
  | 'params' | 'tokens' | 'tokens/s' | 'bits' | 'ratio' | 'count' | '1';

export interface DerivationTerm<Sym extends string = string> {
  /** The symbol as it appears in `tex` (e.g. `L`, `n_{kv}`); the view looks up its meaning by (id, symbol). */
  readonly symbol: Sym;
  readonly value: number;
  readonly unit: Unit;
}

/**
 * Identifiers and numbers a derivation's text is filled with (a precision, a
 * collective's name, tensor names): never words. Lists are joined by the view.
 */
export type DerivationParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * How a number was computed: the formula (TeX), the live values substituted
 * and the result, with the source it comes from (issue #3 item 8). It carries
 * no language: the title and the meaning of each symbol live in
 * src/i18n/engine/derivations.ts, keyed by `id` and `symbol` (issue #9 item 7).
 */
export interface Derivation<Id extends string = string, Sym extends string = string> {
  readonly id: Id;
  /** The formula in TeX, using the `symbol`s of `terms`. */
  readonly tex: string;
  readonly terms: readonly DerivationTerm<Sym>[];
  readonly result: { readonly value: number; readonly unit: Unit };
  readonly source: SourceKey;
  readonly params?: DerivationParams;
  /**
   * The formula of `tex` as code over the values of `terms` only (no closure
   * over anything else): substituting the displayed values reproduces
   * `result.value` (issue #9 item 8; tests/engine/derivationsReproduce.test.ts).
   * Where the TeX also defines a shown term from other shown terms (T_c from
   * N and B_c), evaluate goes through that definition, so both are checked; a
   * Σ over values not shown (t_c = Σ …) only says what the shown aggregate means.
   */
  readonly evaluate: (v: Readonly<Record<Sym, number>>) => number;
}

/** The displayed value of each term, by symbol: what `evaluate` takes. */
export function termValues<Sym extends string>(d: Pick<Derivation<string, Sym>, 'terms'>): Readonly<Record<Sym, number>> {
  const terms = (d as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(terms)) throw new EngineError('invalidConfig', { field: 'derivation', value: d, reason: 'notAnObject' });
  return Object.fromEntries((terms as readonly DerivationTerm<Sym>[]).map((t) => [t.symbol, t.value])) as Record<Sym, number>;
}

/** The formula evaluated at the displayed values: what a student substituting them gets (equal to `result.value`). */
export function substitutedValue<Sym extends string>(d: Derivation<string, Sym>): number {
  const values = termValues(d);
  if (typeof d.evaluate !== 'function') throw new EngineError('invalidConfig', { field: 'derivation', value: d, reason: 'notAnObject' });
  return d.evaluate(values);
}

/** The symbols a derivation can show. */
export type SymbolOf<D> = D extends Derivation<string, infer S> ? S : never;
