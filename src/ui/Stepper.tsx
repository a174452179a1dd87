/** Previous/Next through a story's steps, with "step k of n" and the current step's title. `step` counts from 0. */
import { useText, type Text } from '../i18n/index.ts';
import { stepOf, uiText } from './strings.ts';

export interface StepperProps {
  /** The current step, 0-based. */
  readonly step: number;
  readonly count: number;
  readonly onChange: (step: number) => void;
  /** One title per step, shown beside the counter. */
  readonly titles?: readonly Text[];
}

export function Stepper({ step, count, onChange, titles }: StepperProps) {
  const { t } = useText();
  const last = Math.max(0, count - 1);
  const current = Math.min(Math.max(0, Math.round(Number.isFinite(step) ? step : 0)), last);
  const title = titles?.[current];
  return (
    <div className="ui-stepper">
      <button type="button" className="ui-button" disabled={current <= 0} onClick={() => onChange(current - 1)}>
        <span aria-hidden="true">◀ </span>{t(uiText.prev)}
      </button>
      <span className="ui-stepper-status" role="status">
        <span className="ui-stepper-count">{t(stepOf(current + 1, Math.max(1, count)))}</span>
        {title !== undefined && <span className="ui-stepper-title">{t(title)}</span>}
      </span>
      <button type="button" className="ui-button" disabled={current >= last} onClick={() => onChange(current + 1)}>
        {t(uiText.next)}<span aria-hidden="true"> ▶</span>
      </button>
    </div>
  );
}
