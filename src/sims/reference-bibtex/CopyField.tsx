/**
 * BibTeX in a read-only field with a copy button: the field always shows
 * exactly what the button copies, so where the clipboard is unavailable the
 * text is selected in the field for Ctrl+C. The field grows with its text
 * (no inner scrolling on stage).
 */
import { useId, useRef, useState } from 'react';
import { useText, type Text } from '../../i18n/index.ts';
import { copyText } from './copyText.ts';
import { CopyIcon } from './CopyIcon.tsx';
import { text } from './text.ts';

export interface CopyFieldProps {
  readonly label: Text;
  readonly value: string;
  readonly buttonLabel: Text;
  /** A stable name for tests and the browser suite (data-bibtex). */
  readonly name: string;
}

export function CopyField({ label, value, buttonLabel, name }: CopyFieldProps) {
  const { t } = useText();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<{ readonly ok: boolean; readonly value: string } | null>(null);
  const copy = async () => {
    const ok = await copyText(value);
    setStatus({ ok, value });
    if (!ok) {
      field.current?.focus();
      field.current?.select();
    }
  };
  // A status about other text (the selection changed since) is not shown.
  const shown = status !== null && status.value === value ? status : null;
  return (
    <div className="rb-field">
      <div className="rb-field-head">
        <label htmlFor={id} className="ui-label">{t(label)}</label>
        <button type="button" className="ui-button rb-copy" data-action="bibtex-copy" onClick={() => void copy()}>
          <CopyIcon /> {t(buttonLabel)}
        </button>
      </div>
      <textarea
        id={id} ref={field} className="ui-textarea rb-text" readOnly spellCheck={false} data-bibtex={name}
        rows={value.split('\n').length} value={value} onFocus={(e) => e.currentTarget.select()}
      />
      <p className="rb-status" role="status">{shown === null ? '' : t(shown.ok ? text.copied : text.noClipboard)}</p>
    </div>
  );
}
