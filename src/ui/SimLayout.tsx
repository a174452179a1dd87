/**
 * The frame of a simulator: controls on the left, the chart in the middle,
 * outputs on the right, the takeaway underneath; sized for the ~1500×680
 * logical pixels under a slide heading and stacked (controls above the chart)
 * when its container is narrow, e.g. on a phone.
 */
import type { ReactNode } from 'react';
import { Takeaway } from './Takeaway.tsx';
import { useText, type Text } from '../i18n/index.ts';

export interface SimLayoutProps {
  readonly title?: Text;
  readonly controls: ReactNode;
  readonly chart: ReactNode;
  readonly outputs?: ReactNode;
  readonly takeaway?: Text;
  /** Full-width content under everything (a PredictFirst, a LiveTable, a Notice). */
  readonly footer?: ReactNode;
}

export function SimLayout({ title, controls, chart, outputs, takeaway, footer }: SimLayoutProps) {
  const { t } = useText();
  return (
    <div className="ui-root ui-sim-frame">
      <div className={outputs === undefined ? 'ui-sim-layout ui-sim-no-outputs' : 'ui-sim-layout'}>
        {title !== undefined && <h3 className="ui-sim-title">{t(title)}</h3>}
        <div className="ui-sim-controls">{controls}</div>
        <div className="ui-sim-chart">{chart}</div>
        {outputs !== undefined && <div className="ui-sim-outputs">{outputs}</div>}
        {takeaway !== undefined && <div className="ui-sim-takeaway"><Takeaway text={takeaway} /></div>}
        {footer !== undefined && <div className="ui-sim-footer">{footer}</div>}
      </div>
    </div>
  );
}
