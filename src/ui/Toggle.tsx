/** An on/off switch (a checkbox with role=switch); the state is written out, not only coloured. */
import { useText, type Text } from '../i18n/index.ts';
import { uiText } from './strings.ts';

export interface ToggleProps {
  readonly label: Text;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
}

export function Toggle({ label, checked, onChange, disabled }: ToggleProps) {
  const { t } = useText();
  return (
    <label className={disabled ? 'ui-field ui-toggle ui-disabled' : 'ui-field ui-toggle'}>
      <input
        type="checkbox"
        role="switch"
        className="ui-toggle-input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span className="ui-toggle-track" aria-hidden="true"><span className="ui-toggle-thumb" /></span>
      <span className="ui-label">{t(label)}</span>
      <span className="ui-toggle-state" aria-hidden="true">{t(checked ? uiText.on : uiText.off)}</span>
    </label>
  );
}
