/**
 * The frame of every simulator, in its two views.
 *
 * Stage (inside the slide, for the lecture hall): the chart, the two to four
 * controls the story needs, the main readouts, and one footer line — the
 * predict-first question until it is answered, then the answer and the
 * takeaway. Everything fits the slide without scrolling; a derivation opens
 * as an overlay above the chart, never pushing it away.
 *
 * Explore (a full-window panel, for study): every control, every readout
 * with its derivation inline, the details (full tables, paste-a-config).
 *
 * Phones stack the chart first, then controls and readouts.
 */
import { useCallback, useMemo, useState, useContext, type ReactNode, type KeyboardEvent } from 'react';
import { useText, type Text } from '../i18n/index.ts';
import { Notice } from './Notice.tsx';
import { DerivationOverlayContext } from './derivationOverlay.ts';
import { PresetIssuesContext, useSimView } from './simView.ts';
import { usePredictState } from './predict.ts';
import { Takeaway } from './Takeaway.tsx';
import { uiText } from './strings.ts';

export interface SimFrameProps {
  /** Controls on stage and in explore: the two to four the story needs. */
  readonly controls?: ReactNode;
  /** Controls shown in explore only. */
  readonly moreControls?: ReactNode;
  readonly chart: ReactNode;
  /** The main readouts, on stage and in explore. */
  readonly readouts?: ReactNode;
  /** Readouts shown in explore only. */
  readonly moreReadouts?: ReactNode;
  readonly takeaway?: Text;
  /** A <PredictFirst>; on stage it stands where the takeaway goes until it is answered. */
  readonly predict?: ReactNode;
  /** Explore only, full width under everything: full tables, paste-a-config, notes. */
  readonly details?: ReactNode;
  /** A message above the chart (an input the engine rejected, a configuration that does not fit). */
  readonly notice?: ReactNode;
  /**
   * Stage arrangement: 'side' puts controls left and readouts right of the
   * chart; 'top' puts the controls in a row above a wide chart or table.
   */
  readonly stage?: 'side' | 'top';
  /**
   * Where the footer (question, answer, takeaway) sits on stage beside
   * stage="side": under every column (default) or under the chart only, so
   * tall control and readout columns keep their height when the answer opens.
   */
  readonly footerUnder?: 'all' | 'chart';
}

interface Overlay {
  readonly title: string;
  readonly body: ReactNode;
}

export function SimFrame(props: SimFrameProps) {
  const { controls, moreControls, chart, readouts, moreReadouts, takeaway, predict, details, notice, stage = 'side', footerUnder = 'all' } = props;
  const view = useSimView();
  const { t } = useText();
  const issues = useContext(PresetIssuesContext);
  const predictState = usePredictState();
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const open = useCallback((title: string, body: ReactNode) => setOverlay({ title, body }), []);
  const close = useCallback(() => setOverlay(null), []);
  const overlayApi = useMemo(() => ({ mode: view === 'stage' ? ('overlay' as const) : ('inline' as const), open, close }), [view, open, close]);

  const issueNotices = issues.map((text, i) => <Notice key={i} kind="info" text={text} />);
  // A takeaway may give the answer away: on stage it waits for the answer.
  const answered = predict === undefined || (predictState?.revealed ?? true);
  const showTakeaway = takeaway !== undefined && (view === 'explore' || answered);
  const hasReadouts = readouts !== undefined || (view === 'explore' && moreReadouts !== undefined);
  const hasControls = controls !== undefined || (view === 'explore' && moreControls !== undefined);

  const onOverlayKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };

  const classes = ['ui-root', 'ui-sim-frame', `ui-sim-${view}`, `ui-sim-stage-${stage}`];
  if (!hasReadouts) classes.push('ui-sim-no-readouts');
  if (!hasControls) classes.push('ui-sim-no-controls');
  if (footerUnder === 'chart' && stage === 'side') classes.push('ui-sim-footer-chart');

  return (
    <DerivationOverlayContext value={overlayApi}>
      <div className={classes.join(' ')}>
        <div className="ui-sim-grid">
          {hasControls && (
            <div className="ui-sim-controls">
              {controls}
              {view === 'explore' && moreControls}
            </div>
          )}
          <div className="ui-sim-chart">
            {issueNotices}
            {notice}
            {chart}
          </div>
          {hasReadouts && (
            <div className="ui-sim-readouts">
              {readouts}
              {view === 'explore' && moreReadouts}
            </div>
          )}
          {(predict !== undefined || showTakeaway) && (
            <div className="ui-sim-footer">
              {predict}
              {showTakeaway && <Takeaway text={takeaway} />}
            </div>
          )}
          {view === 'explore' && details !== undefined && <div className="ui-sim-details">{details}</div>}
          {overlay !== null && view === 'stage' && (
            <div className="ui-sim-overlay" role="dialog" aria-label={overlay.title} onKeyDown={onOverlayKey}>
              <button type="button" className="ui-button ui-action ui-sim-overlay-close" onClick={close} autoFocus>
                <span aria-hidden="true">✕ </span>{t(uiText.close)}
              </button>
              {overlay.body}
            </div>
          )}
        </div>
      </div>
    </DerivationOverlayContext>
  );
}
