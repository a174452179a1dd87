/**
 * The text box + unit + inline message shared by NumberField and Slider.
 * Not exported from the kit: use NumberField or Slider.
 */
import { useId } from 'react';
import { useText, type Text } from '../i18n/index.ts';
import type { NumberBounds } from './numberInput.ts';
import { draftMessage, type NumberDraft } from './useNumberDraft.ts';

interface NumberInputProps {
  readonly draft: NumberDraft;
  readonly bounds: NumberBounds;
  readonly show: (value: number) => string;
  readonly unit?: Text;
  readonly id?: string;
  /** Accessible name when the visible label belongs to another control (the Slider's range). */
  readonly ariaLabel?: string;
  readonly disabled?: boolean;
}

export function NumberInput({ draft, bounds, show, unit, id, ariaLabel, disabled }: NumberInputProps) {
  const { t } = useText();
  const messageId = useId();
  const message = draft.outcome ? t(draftMessage(draft.outcome, bounds, show)) : '';
  return (
    <span className="ui-number">
      <span className="ui-number-row">
        <input
          id={id}
          className="ui-number-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={ariaLabel}
          aria-invalid={draft.invalid || undefined}
          aria-describedby={messageId}
          disabled={disabled}
          value={draft.text}
          onChange={(e) => draft.edit(e.currentTarget.value)}
          onBlur={() => draft.commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              draft.commit();
            } else if (e.key === 'Escape') {
              draft.cancel();
            }
          }}
        />
        {unit !== undefined && <span className="ui-unit">{t(unit)}</span>}
      </span>
      <span id={messageId} role="status" className={draft.invalid ? 'ui-field-message ui-field-message-error' : 'ui-field-message'}>
        {message && (draft.invalid ? `✕ ${message}` : `ⓘ ${message}`)}
      </span>
    </span>
  );
}
