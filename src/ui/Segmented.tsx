/**
 * A few mutually exclusive choices shown side by side (ARIA radio group):
 * one tab stop; arrow keys, Home and End move the choice and the focus.
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import { useText, type Text } from '../i18n/index.ts';

export interface SegmentedOption<V extends string> {
  readonly value: V;
  readonly label: Text;
  /** Longer description, shown as the button's title. */
  readonly hint?: Text;
}

export interface SegmentedProps<V extends string> {
  readonly label: Text;
  readonly value: V;
  readonly options: readonly SegmentedOption<V>[];
  readonly onChange: (value: V) => void;
  readonly disabled?: boolean;
}

export function Segmented<V extends string>({ label, value, options, onChange, disabled }: SegmentedProps<V>) {
  const { t } = useText();
  const labelId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = Math.max(0, options.findIndex((o) => o.value === value));

  const moveTo = (index: number) => {
    const n = options.length;
    const i = ((index % n) + n) % n;
    const option = options[i];
    if (!option) return;
    buttons.current[i]?.focus();
    if (option.value !== value) onChange(option.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: options.length - 1 };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    moveTo(target);
  };

  return (
    <div className="ui-field ui-segmented-field">
      <span id={labelId} className="ui-label">{t(label)}</span>
      <div role="radiogroup" aria-labelledby={labelId} className="ui-segmented">
        {options.map((o, i) => {
          const checked = i === selectedIndex;
          return (
            <button
              key={o.value}
              ref={(el) => { buttons.current[i] = el; }}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={checked ? 0 : -1}
              title={o.hint === undefined ? undefined : t(o.hint)}
              disabled={disabled}
              className="ui-segment"
              onClick={() => { if (!checked) onChange(o.value); }}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              <span aria-hidden="true" className="ui-segment-mark">{checked ? '●' : '○'}</span>
              {t(o.label)}
            </button>
          );
        })}
      </div>
    </div>
  );
}
