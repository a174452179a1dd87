/**
 * The ring all-reduce, one step at a time: Previous/Next (and the presenter's
 * clicker, through the figure's ClickerSteps), Play/Pause; pauses off-slide;
 * no transitions under reduced motion.
 */
import { useEffect, useMemo, useState } from 'react';
import { ringAllReduceSchedule, ringContributions } from '../../engine/index.ts';
import { FitBox } from '../../charts/index.ts';
import { RingSteps } from '../../charts/ringSteps/RingSteps.tsx';
import { useText } from '../../i18n/index.ts';
import { useSlideActive } from '../_protocol/index.ts';
import { text } from './text.ts';

/** More than 8 strips of 8 cells would be unreadable on a projector. */
export const MAX_DRAWN_RANKS = 8;
const STEP_MS = 1200;

/** Ranks the animation draws. */
export const drawnRanks = (ranks: number) => Math.min(ranks, MAX_DRAWN_RANKS);
/** Steps of the drawn ring: reduce-scatter and all-gather, p − 1 each. */
export const ringSteps = (ranks: number) => 2 * (drawnRanks(ranks) - 1);

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const q = window.matchMedia('(prefers-reduced-motion: reduce)');
    const on = () => setReduced(q.matches);
    q.addEventListener?.('change', on);
    return () => q.removeEventListener?.('change', on);
  }, []);
  return reduced;
}

export function RingPlayer({ ranks, step, onStep }: { ranks: number; step: number; onStep: (s: number) => void }) {
  const { t } = useText();
  const p = drawnRanks(ranks);
  const schedule = useMemo(() => ringAllReduceSchedule(p), [p]);
  const total = schedule.length;
  const current = Math.min(Math.max(0, step), total);
  const counts = useMemo(() => ringContributions(p, current), [p, current]);
  const active = useSlideActive();
  const reduced = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || !active) return;
    if (current >= total) { setPlaying(false); return; }
    const id = window.setTimeout(() => onStep(current + 1), STEP_MS);
    return () => window.clearTimeout(id);
  }, [playing, active, current, total, onStep]);

  // The arrows show the step that led to the current state.
  const shown = current > 0 ? schedule[current - 1] : undefined;
  const sends = shown ? shown.transfers.map((x) => ({ rank: x.rank, chunk: x.sendChunk })) : null;
  const half = p - 1;
  const caption = current === 0 ? t(text.ringStart)
    : current === total ? t(text.ringDone)
    : shown?.phase === 'reduce-scatter' ? t(text.ringRs(shown.step + 1, half, p)) : t(text.ringAg((shown?.step ?? 0) + 1, half, p));
  const stepText = `${current}/${total}`;

  return (
    <>
      <FitBox defaultWidth={640} defaultHeight={360} minWidth={360} minHeight={220}>
        {({ width, height }) => (
          <RingSteps width={width} height={height} counts={counts} sends={current === total ? null : sends}
            label={t(text.ringLabel(p, `${stepText}: ${caption}`))} rankLabel={(r) => `${t(text.rank)} ${r}`} animate={!reduced} />
        )}
      </FitBox>
      <p className="allreduce-ring-caption" role="status"><strong>{stepText}</strong> {caption}</p>
      <div className="allreduce-ring-buttons">
        <button type="button" className="ui-button ui-action" onClick={() => { setPlaying(false); onStep(0); }} disabled={current === 0}>« {t(text.restart)}</button>
        <button type="button" className="ui-button ui-action" onClick={() => { setPlaying(false); onStep(current - 1); }} disabled={current === 0}>◀ {t(text.prev)}</button>
        <button type="button" className="ui-button ui-action" aria-pressed={playing}
          onClick={() => { if (current >= total) onStep(0); setPlaying(!playing); }}>
          {playing ? `‖ ${t(text.pause)}` : `▶ ${t(text.play)}`}
        </button>
        <button type="button" className="ui-button ui-action" onClick={() => { setPlaying(false); onStep(current + 1); }} disabled={current >= total}>{t(text.next)} ▶</button>
      </div>
      <p className="allreduce-note">{t(text.ringLegend)}{ranks > MAX_DRAWN_RANKS ? ` · ${t(text.ringCap(MAX_DRAWN_RANKS))}` : ''}</p>
    </>
  );
}
