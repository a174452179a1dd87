/**
 * Lets the presenter's clicker walk a simulator's story: renders one hidden
 * reveal.js fragment per step after the first, so "next" on the clicker shows
 * the next fragment and the simulator moves to the next step; "previous" goes
 * back. Arriving at the slide forwards starts the story at step 0, arriving
 * backwards shows its last step (reveal's own rule for fragments). The
 * on-screen Previous/Next buttons move the fragments too, so both stay in step.
 * Place it next to the simulator's Stepper: `<ClickerSteps step count onChange />`.
 */
import { useContext, useEffect, useLayoutEffect, useRef } from 'react';
import { useClickerBridge } from './clickerBridge.ts';
import { SlideElementContext } from './slideContext.ts';
import { useSimView } from '../../ui/simView.ts';

export interface ClickerStepsProps {
  readonly step: number;
  readonly count: number;
  readonly onChange: (step: number) => void;
}

const fragmentIndex = (el: Element | undefined): number => Number(el?.getAttribute('data-fragment-index') ?? Number.NaN);
const stepSpans = (root: HTMLElement | null): Element[] => [...(root?.querySelectorAll('.sim-step') ?? [])];
/** How many of the story's fragments reveal.js shows now. */
const shownSteps = (root: HTMLElement | null): number => stepSpans(root).filter((s) => s.classList.contains('visible')).length;

export function ClickerSteps({ step, count, onChange }: ClickerStepsProps) {
  const slide = useContext(SlideElementContext);
  const bridge = useClickerBridge();
  const ref = useRef<HTMLSpanElement>(null);
  const latest = useRef({ step, onChange });
  latest.current = { step, onChange };
  const steps = Math.max(0, Math.floor(count) - 1);
  // The stage owns the fragments; the explore view of the same placement follows the shared step.
  const onStage = useSimView() === 'stage';
  const active = bridge !== null && slide instanceof HTMLElement && onStage;

  // New fragments exist only once reveal.js has indexed them.
  useLayoutEffect(() => {
    if (active) bridge.syncFragments(slide);
  }, [active, bridge, slide, steps]);

  // Clicker → simulator.
  useEffect(() => {
    if (!active) return undefined;
    return bridge.onFragmentsChange(() => {
      if (bridge.currentSlide() !== slide) return;
      const n = shownSteps(ref.current);
      if (n !== latest.current.step) latest.current.onChange(n);
    });
  }, [active, bridge, slide]);

  // Simulator (its own buttons, a reset) → fragments, on the current slide only.
  useEffect(() => {
    if (!active || bridge.currentSlide() !== slide) return;
    const target = Math.min(Math.max(0, step), steps);
    if (shownSteps(ref.current) === target) return;
    const all = stepSpans(ref.current);
    const index = target === 0 ? fragmentIndex(all[0]) - 1 : fragmentIndex(all[target - 1]);
    if (Number.isFinite(index)) bridge.navigateFragment(index);
  }, [active, bridge, slide, step, steps]);

  if (!active || steps === 0) return null;
  return (
    <span ref={ref} className="sim-clicker-steps" aria-hidden="true">
      {Array.from({ length: steps }, (_, i) => <span key={i} className="fragment sim-step" data-sim-step={i + 1} />)}
    </span>
  );
}
