/**
 * Hovering a derivation's term highlights what it drives in the chart. The
 * map is typed by the derivation's symbols, so a symbol the derivation does
 * not have (one renamed in the engine) fails to compile here (issue #9: the
 * memory-budget map kept a `T` the KV derivation no longer had).
 */
import type { AnyDerivation, AnySymbolOf } from '../i18n/engine/derivations.ts';

/** An onHoverTerm handler: reports the part `map` gives for the hovered symbol, null for the others and on leave. */
export function termHover<D extends AnyDerivation, Part>(
  _derivation: D, map: Partial<Record<AnySymbolOf<D>, Part>>, report: (part: Part | null) => void,
): (symbol: string | null) => void {
  const parts = map as Partial<Record<string, Part>>;
  return (symbol) => report(symbol === null ? null : parts[symbol] ?? null);
}
