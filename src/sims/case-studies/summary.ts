/**
 * 表14's judgement for one scenario, from the engine's levels
 * (practiceStack): its first bottleneck (the measured baseline's), the
 * measures that were effective and the effect of the whole path.
 */
import type { PracticeId, PracticeLevel } from '../../engine/index.ts';

/**
 * A measure counts as effective when adding it makes the deployment fit, or
 * moves TPOT, throughput or memory per GPU the right way by at least this
 * fraction (a teaching threshold: smaller changes are within what a
 * re-measurement would blur).
 */
export const EFFECTIVE_CHANGE = 0.05;

export type EffectKind = 'fits' | 'tpot' | 'throughput' | 'memory';

export interface MeasureEffect {
  readonly practice: PracticeId;
  /** The level before and after adding it. */
  readonly before: PracticeLevel;
  readonly after: PracticeLevel;
  /** Its largest effect: 'fits' (made it fit) or the quantity that moved most, with the fraction (after − before) / before. */
  readonly main: { readonly kind: 'fits' } | { readonly kind: Exclude<EffectKind, 'fits'>; readonly fraction: number };
  readonly effective: boolean;
}

const rel = (before: number | null, after: number | null) => (before === null || after === null || before === 0 ? null : (after - before) / before);

export function measureEffect(practice: PracticeId, before: PracticeLevel, after: PracticeLevel): MeasureEffect {
  if (!before.fits && after.fits) return { practice, before, after, main: { kind: 'fits' }, effective: true };
  // Improvements as positive fractions of the quantity's own better direction.
  const gains: { kind: Exclude<EffectKind, 'fits'>; fraction: number; gain: number }[] = [];
  const tpot = rel(before.tpotSeconds, after.tpotSeconds);
  if (tpot !== null) gains.push({ kind: 'tpot', fraction: tpot, gain: -tpot });
  const tps = rel(before.tokensPerSecond, after.tokensPerSecond);
  if (tps !== null) gains.push({ kind: 'throughput', fraction: tps, gain: tps });
  const mem = rel(before.memoryPerGpuBytes, after.memoryPerGpuBytes);
  if (mem !== null) gains.push({ kind: 'memory', fraction: mem, gain: -mem });
  const best = gains.reduce<(typeof gains)[number] | null>((a, g) => (a === null || g.gain > a.gain ? g : a), null);
  const main = best === null ? { kind: 'memory' as const, fraction: 0 } : { kind: best.kind, fraction: best.fraction };
  return { practice, before, after, main, effective: best !== null && best.gain >= EFFECTIVE_CHANGE };
}

export interface CaseSummary {
  readonly baseline: PracticeLevel;
  readonly final: PracticeLevel;
  /** Every measure of the path, in order, with its effect. */
  readonly measures: readonly MeasureEffect[];
  readonly effective: readonly MeasureEffect[];
}

export function caseSummary(path: readonly PracticeId[], levels: readonly PracticeLevel[]): CaseSummary {
  const measures = path.map((p, i) => measureEffect(p, levels[i] as PracticeLevel, levels[i + 1] as PracticeLevel));
  return {
    baseline: levels[0] as PracticeLevel,
    final: levels[levels.length - 1] as PracticeLevel,
    measures,
    effective: measures.filter((m) => m.effective),
  };
}
