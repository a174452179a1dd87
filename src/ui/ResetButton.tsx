/** Restores a simulator's defaults (the caller's store reset). */
import { useText, type Text } from '../i18n/index.ts';
import { uiText } from './strings.ts';

export interface ResetButtonProps {
  readonly onReset: () => void;
  readonly label?: Text;
}

export function ResetButton({ onReset, label = uiText.reset }: ResetButtonProps) {
  const { t } = useText();
  return (
    <button type="button" className="ui-button ui-reset ui-action" data-action="sim-reset" title={t(uiText.resetHint)} onClick={onReset}>
      <span aria-hidden="true">↺ </span>{t(label)}
    </button>
  );
}
