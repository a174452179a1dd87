/**
 * Paste a config (e.g. a Hugging Face config.json) and apply it. `parse` says
 * either what it read or which field is wrong, in both languages.
 */
import { useId, useState } from 'react';
import { useText, type Bilingual, type Text } from '../i18n/index.ts';
import { uiText } from './strings.ts';

export type PasteResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Bilingual };

export interface PasteConfigProps<T> {
  readonly label: Text;
  readonly parse: (text: string) => PasteResult<T>;
  readonly onApply: (value: T) => void;
  readonly placeholder?: string;
  readonly initialText?: string;
  readonly rows?: number;
}

type Status = { readonly kind: 'idle' } | { readonly kind: 'applied' } | { readonly kind: 'error'; readonly error: Bilingual };

export function PasteConfig<T>({ label, parse, onApply, placeholder, initialText = '', rows = 6 }: PasteConfigProps<T>) {
  const { t } = useText();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const apply = () => {
    const result = parse(text);
    if (result.ok) {
      setStatus({ kind: 'applied' });
      onApply(result.value);
    } else {
      setStatus({ kind: 'error', error: result.error });
    }
  };
  return (
    <div className="ui-field ui-paste">
      <label htmlFor={id} className="ui-label">{t(label)}</label>
      <textarea
        id={id}
        className="ui-textarea"
        rows={rows}
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        aria-invalid={status.kind === 'error' || undefined}
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setStatus({ kind: 'idle' });
        }}
      />
      <div className="ui-paste-row">
        <button type="button" className="ui-button" onClick={apply}>{t(uiText.apply)}</button>
        <span id={`${id}-status`} role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'ui-field-message ui-field-message-error' : 'ui-field-message'}>
          {status.kind === 'error' && `✕ ${t(status.error)}`}
          {status.kind === 'applied' && `✓ ${t(uiText.applied)}`}
        </span>
      </div>
    </div>
  );
}
