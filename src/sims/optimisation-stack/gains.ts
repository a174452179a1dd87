/**
 * 表13's rows: the measured baseline, then each switched-on practice with
 * the change it makes when it is added on top of the ones before it (the
 * engine's levels, practiceStack order). Every number is the engine's; a
 * change is (after − before) / before of two levels.
 */
import type { PracticeId, PracticeLevel } from '../../engine/index.ts';
import type { MeasureId } from './inputs.ts';

/** A level's quantity that 表13 compares; null when the level does not fit. */
export type GainMetric = 'tpot' | 'ttft' | 'throughput' | 'memory' | 'energy';

export const GAIN_VALUE: { readonly [M in GainMetric]: (l: PracticeLevel) => number | null } = {
  tpot: (l) => l.tpotSeconds,
  ttft: (l) => l.ttftSeconds,
  throughput: (l) => l.tokensPerSecond,
  memory: (l) => l.memoryPerGpuBytes,
  energy: (l) => l.joulesPerToken,
};

/**
 * How adding the measure changed one quantity: 'change' with the fraction,
 * 'fits-now' when the level before held no request and this one does,
 * 'no-fit' when this level holds none, 'start' for the baseline row.
 */
export type Gain =
  | { readonly kind: 'start'; readonly value: number | null }
  | { readonly kind: 'change'; readonly before: number; readonly after: number; readonly fraction: number }
  | { readonly kind: 'fits-now'; readonly after: number }
  | { readonly kind: 'no-fit' };

export interface GainRow {
  readonly id: MeasureId;
  readonly index: number;
  readonly level: PracticeLevel;
  /** The level before this measure was added (null for the baseline). */
  readonly before: PracticeLevel | null;
}

export function gainRows(active: readonly PracticeId[], levels: readonly PracticeLevel[]): GainRow[] {
  return levels.map((level, index) => ({
    id: index === 0 ? 'baseline' : (active[index - 1] as PracticeId),
    index,
    level,
    before: index === 0 ? null : (levels[index - 1] ?? null),
  }));
}

export function gainOf(row: GainRow, metric: GainMetric): Gain {
  const value = GAIN_VALUE[metric];
  const after = value(row.level);
  if (row.before === null) return { kind: 'start', value: after };
  if (after === null) return { kind: 'no-fit' };
  const before = value(row.before);
  if (before === null || before === 0) return { kind: 'fits-now', after };
  return { kind: 'change', before, after, fraction: (after - before) / before };
}
