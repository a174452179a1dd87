/**
 * Tick label formatters with the unit in each label ("10 GB", "1 ms",
 * "100 TFLOP/s"), so a chart read from one tick is never ambiguous.
 * They reuse the kit's number formatting: GB and GiB are chosen, not guessed.
 */
import { formatBytes, formatNumber, formatPercent, formatSeconds, formatSi, type ByteUnitChoice } from '../i18n/format.ts';

export type TickFormat = (value: number) => string;

/** SI prefixes on any unit: tickSi('FLOP/s')(1e14) → "100 TFLOP/s". */
export const tickSi = (unit: string): TickFormat => (v) => formatSi(v, unit);
/** Bytes in a chosen unit or prefix family: tickBytes('GiB'), tickBytes('decimal'). */
export const tickBytes = (unit: ByteUnitChoice): TickFormat => (v) => formatBytes(v, unit);
export const tickSeconds: TickFormat = (v) => formatSeconds(v);
/** A bare number; put the unit in the axis title instead. */
export const tickNumber: TickFormat = (v) => formatNumber(v);
export const tickPercent: TickFormat = (v) => formatPercent(v);
