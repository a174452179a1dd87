/** A labelled number box with a unit; out-of-range or non-numeric input is clamped or rejected with a message beside it. */
import { useId } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { useText, type Text } from '../i18n/index.ts';
import { NumberInput } from './NumberInput.tsx';
import { useNumberDraft } from './useNumberDraft.ts';

export interface NumberFieldProps {
  readonly label: Text;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly unit?: Text;
  /** How bounds and clamped values are shown in messages; default formatNumber + unit. */
  readonly format?: (value: number) => string;
  readonly onChange: (value: number) => void;
  readonly disabled?: boolean;
  readonly id?: string;
}

export function NumberField({ label, value, min, max, step, unit, format, onChange, disabled, id }: NumberFieldProps) {
  const { t } = useText();
  const autoId = useId();
  const inputId = id ?? autoId;
  const unitText = unit === undefined ? '' : t(unit);
  const show = format ?? ((v: number) => (unitText ? `${formatNumber(v)} ${unitText}` : formatNumber(v)));
  const draft = useNumberDraft(value, { min, max, step }, onChange);
  return (
    <div className="ui-field ui-number-field">
      <label htmlFor={inputId} className="ui-label">{t(label)}</label>
      <NumberInput draft={draft} bounds={{ min, max, step }} show={show} unit={unit} id={inputId} disabled={disabled} />
    </div>
  );
}
