/**
 * A labelled slider: range track (linear or log) + number box + curated stops.
 * Typed values are clamped or rejected with a message next to the box; the
 * range takes arrows, PageUp/PageDown, Home and End.
 */
import { useId } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { useText, type Text } from '../i18n/index.ts';
import { NumberInput } from './NumberInput.tsx';
import { isSliderKey, keyToValue, LOG_TRACK_STEPS, positionToValue, valueToPosition } from './sliderScale.ts';
import { uiText } from './strings.ts';
import { useNumberDraft } from './useNumberDraft.ts';

export interface SliderStop {
  readonly value: number;
  /** Shown on the stop's button instead of the formatted value (e.g. "临界批 / critical batch"). */
  readonly label?: Text;
}

export interface SliderProps {
  readonly label: Text;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Grid the value snaps to (counted from min); omit for continuous. */
  readonly step?: number;
  /** Logarithmic track; needs min > 0. */
  readonly log?: boolean;
  /** Unit printed after the number box and in the default readout ("GB", "tokens"). */
  readonly unit?: Text;
  /** Readout and screen-reader text for a value; default formatNumber(value) + unit. */
  readonly format?: (value: number) => string;
  /** Curated values offered as buttons under the track. */
  readonly stops?: readonly (number | SliderStop)[];
  readonly onChange: (value: number) => void;
  readonly disabled?: boolean;
  readonly id?: string;
}

export function Slider({ label, value, min, max, step, log, unit, format, stops, onChange, disabled, id }: SliderProps) {
  const { t } = useText();
  const autoId = useId();
  const rangeId = id ?? `${autoId}-range`;
  const labelId = `${autoId}-label`;
  const scale = { min, max, step, log };
  const unitText = unit === undefined ? '' : t(unit);
  const show = format ?? ((v: number) => (unitText ? `${formatNumber(v)} ${unitText}` : formatNumber(v)));
  const draft = useNumberDraft(value, { min, max, step }, onChange);
  const useLogTrack = log === true && min > 0;

  const change = (next: number) => {
    draft.clearMessage();
    if (next !== value) onChange(next);
  };

  const normalisedStops: SliderStop[] = (stops ?? []).map((s) => (typeof s === 'number' ? { value: s } : s)).filter((s) => s.value >= min && s.value <= max);

  return (
    <div className={disabled ? 'ui-field ui-slider ui-disabled' : 'ui-field ui-slider'}>
      <div className="ui-field-head">
        <label id={labelId} htmlFor={rangeId} className="ui-label">{t(label)}</label>
        {/* The range's aria-valuetext already speaks the value: the readout is for the eyes only. */}
        <span className="ui-readout" aria-hidden="true">{show(value)}</span>
      </div>
      <div className="ui-slider-row">
        <input
          id={rangeId}
          className="ui-range"
          type="range"
          min={useLogTrack ? 0 : min}
          max={useLogTrack ? LOG_TRACK_STEPS : max}
          step={useLogTrack ? 1 : step ?? 'any'}
          value={useLogTrack ? Math.round(valueToPosition(value, scale) * LOG_TRACK_STEPS) : value}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={value}
          aria-valuetext={show(value)}
          disabled={disabled}
          onChange={(e) => {
            const raw = Number(e.currentTarget.value);
            change(useLogTrack ? positionToValue(raw / LOG_TRACK_STEPS, scale) : positionToValue(valueToPosition(raw, scale), scale));
          }}
          onKeyDown={(e) => {
            if (!isSliderKey(e.key)) return;
            e.preventDefault();
            change(keyToValue(e.key, value, scale));
          }}
        />
        <NumberInput draft={draft} bounds={{ min, max, step }} show={show} unit={unit} ariaLabel={t(label) + t(uiText.valueField)} disabled={disabled} />
      </div>
      {normalisedStops.length > 0 && (
        <div className="ui-stops" role="group" aria-label={`${t(label)}: ${t(uiText.presets)}`}>
          {normalisedStops.map((s) => (
            <button
              key={s.value}
              type="button"
              className="ui-stop"
              aria-pressed={s.value === value}
              disabled={disabled}
              onClick={() => change(s.value)}
            >
              {s.label === undefined ? show(s.value) : t(s.label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
