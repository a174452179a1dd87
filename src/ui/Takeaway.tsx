/** The one sentence under a chart that says what to notice. */
import { useText, type Text } from '../i18n/index.ts';
import { uiText } from './strings.ts';

export interface TakeawayProps {
  readonly text: Text;
}

export function Takeaway({ text }: TakeawayProps) {
  const { t } = useText();
  return (
    <p className="ui-takeaway">
      <span className="ui-takeaway-key">{t(uiText.takeaway)}</span>
      <span>{t(text)}</span>
    </p>
  );
}
