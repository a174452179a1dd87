/**
 * The clicker reveals a simulator's "predict first" answer: when the
 * simulator shows a PredictFirst, this adds one hidden reveal.js fragment
 * after the simulator's own steps, so the presenter asks the question, lets
 * the room answer, and presses "next" to open the answer. Arriving at the
 * slide backwards shows it open (reveal's rule for fragments).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PredictClickerContext } from './predictClicker.ts';
import { useClickerBridge } from './clickerBridge.ts';

export function ClickerReveal({ slide, children }: { readonly slide: Element | null; readonly children: ReactNode }) {
  const bridge = useClickerBridge();
  const [questions, setQuestions] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  const register = useCallback(() => {
    setQuestions((n) => n + 1);
    return () => setQuestions((n) => n - 1);
  }, []);
  const active = bridge !== null && slide instanceof HTMLElement && questions > 0;

  useLayoutEffect(() => {
    if (active) bridge.syncFragments(slide);
  }, [active, bridge, slide]);

  useEffect(() => {
    if (!active) return undefined;
    const update = () => {
      if (bridge.currentSlide() === slide) setRevealed(ref.current?.classList.contains('visible') ?? false);
    };
    update();
    return bridge.onFragmentsChange(update);
  }, [active, bridge, slide]);

  const value = useMemo(() => ({ register, revealed: active && revealed }), [register, active, revealed]);
  return (
    <PredictClickerContext value={value}>
      {children}
      {active ? <span ref={ref} className="fragment sim-reveal sim-clicker-steps" aria-hidden="true" /> : null}
    </PredictClickerContext>
  );
}
