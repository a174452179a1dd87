/** How a row of memoryStrategyRows (表4) was computed: the saving against its baseline, and the time it costs. */
import type { Derivation } from '../derivation.ts';
import type { MemoryStrategyRow } from './strategies.ts';
import { requireFinite, requireInRange, requireNumberFields, requireObject } from '../errors.ts';

export type MemoryStrategySavingDerivation = Derivation<'memory-strategy-saving', 'M_{base}' | 'M_{after}'>;

/**
 * ΔM = M_base − M_after: the bytes the row's baseline holds minus what is
 * left with the strategy. Params: `strategy`, the row id. Source: the row's.
 */
export function memoryStrategySavingDerivation(row: MemoryStrategyRow): MemoryStrategySavingDerivation {
  requireNumberFields('row', row, ['baselineBytes', 'savedBytes']);
  return {
    id: 'memory-strategy-saving',
    tex: '\\Delta M = M_{base} - M_{after}',
    evaluate: (v) => v['M_{base}'] - v['M_{after}'],
    terms: [
      { symbol: 'M_{base}', value: row.baselineBytes, unit: 'B' },
      { symbol: 'M_{after}', value: row.baselineBytes - row.savedBytes, unit: 'B' },
    ],
    result: { value: row.savedBytes, unit: 'B' },
    source: row.source,
    params: { strategy: row.id },
  };
}

export type MemoryStrategyTimeDerivation = Derivation<'memory-strategy-time', '\\Delta t' | 't_{step}'>;

/**
 * The relative change in the time of the step the strategy affects:
 * Δt / t_step (> 0 a cost, < 0 a saving). Params: `strategy`, `step`. Source: the row's.
 */
export function memoryStrategyTimeDerivation(row: MemoryStrategyRow): MemoryStrategyTimeDerivation {
  requireFinite('row.extraSeconds', requireObject('row', row).extraSeconds);
  requireInRange('row.stepSeconds', row.stepSeconds, Number.MIN_VALUE, Number.MAX_VALUE);
  return {
    id: 'memory-strategy-time',
    tex: '\\frac{\\Delta t}{t_{step}}',
    evaluate: (v) => v['\\Delta t'] / v['t_{step}'],
    terms: [
      { symbol: '\\Delta t', value: row.extraSeconds, unit: 's' },
      { symbol: 't_{step}', value: row.stepSeconds, unit: 's' },
    ],
    result: { value: row.extraSeconds / row.stepSeconds, unit: '1' },
    source: row.source,
    params: { strategy: row.id, step: row.step },
  };
}
