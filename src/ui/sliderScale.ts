/**
 * Where a value sits on a slider track, linear or logarithmic, and how the
 * keyboard moves it. Pure: the Slider component only binds these to events.
 */
import { clamp, snapToStep } from './numberInput.ts';

export interface SliderScale {
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  /** Logarithmic track (min must be > 0): equal distances are equal ratios. */
  readonly log?: boolean;
}

/** Positions of a log track's native range input (0…LOG_TRACK_STEPS), fine enough for a 1500 px track. */
export const LOG_TRACK_STEPS = 1000;

/** Keyboard moves: a small step is one `step` (or 1 % of a log track); a big step (PageUp/PageDown) is 10 % of the track. */
const SMALL_FRACTION = 0.01;
const BIG_FRACTION = 0.1;

function isLog(scale: SliderScale): boolean {
  return scale.log === true && scale.min > 0 && scale.max > scale.min;
}

/** Fraction 0…1 of the track at which `value` sits. */
export function valueToPosition(value: number, scale: SliderScale): number {
  const { min, max } = scale;
  if (!(max > min) || !Number.isFinite(value)) return 0;
  const v = clamp(value, min, max);
  const t = isLog(scale) ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
  return clamp(t, 0, 1);
}

/** The value at fraction `position` of the track, snapped to the step and kept in range. */
export function positionToValue(position: number, scale: SliderScale): number {
  const { min, max } = scale;
  if (!(max > min)) return min;
  const t = clamp(Number.isFinite(position) ? position : 0, 0, 1);
  const raw = isLog(scale) ? min * Math.pow(max / min, t) : min + t * (max - min);
  return clamp(snapToStep(raw, min, scale.step), min, max);
}

export type SliderKey = 'ArrowRight' | 'ArrowUp' | 'ArrowLeft' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/**
 * Keys a focused slider takes. PageUp/PageDown are not among them: they are
 * what a presenter's clicker sends, and always move the deck.
 */
export function isSliderKey(key: string): key is SliderKey {
  return ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'Home', 'End'].includes(key);
}

/** The value after pressing `key` on a slider at `value`; always moves when not at the end of the track. */
export function keyToValue(key: SliderKey, value: number, scale: SliderScale): number {
  const { min, max } = scale;
  if (key === 'Home') return min;
  if (key === 'End') return max;
  const direction = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp' ? 1 : -1;
  const big = key === 'PageUp' || key === 'PageDown';
  const current = clamp(Number.isFinite(value) ? value : min, min, max);
  let next: number;
  if (!isLog(scale) && scale.step && scale.step > 0 && !big) {
    next = snapToStep(current + direction * scale.step, min, scale.step);
  } else {
    const fraction = big ? BIG_FRACTION : SMALL_FRACTION;
    next = positionToValue(valueToPosition(current, scale) + direction * fraction, scale);
    // Snapping can land back on the current value (a log track near its low end with an integer step).
    if (next === current && scale.step && scale.step > 0) next = snapToStep(current + direction * scale.step, min, scale.step);
  }
  return clamp(next, min, max);
}
