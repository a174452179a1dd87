import { Suspense, createContext, lazy, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { t, useLang } from '../../i18n/index.ts';
import { LangContext } from '../../i18n/index.ts';
import { simRegistry, type SimRegistry } from './registry.ts';
import { isSlideNear, slideActivityStore } from './slideActivity.ts';
import { SlideElementContext } from './slideContext.ts';
import { SimErrorBoundary } from './SimErrorBoundary.tsx';
import { exploreStore, toggleExplore } from './explore.ts';
import { ClickerReveal } from './ClickerReveal.tsx';
import { ExplorePanel } from './ExplorePanel.tsx';
import { SimViewContext } from '../../ui/simView.ts';
import { placementKey } from './defineSim.tsx';
import { ShareLink } from './ShareLink.tsx';
import { SimPausedContext } from './paused.ts';

// Export is an explore-view action: its code loads when explore first opens, not with the first slide.
const ExportMenu = lazy(() => import('./ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })));

/** The registry SimMount resolves names against (tests provide their own). */
export const SimRegistryContext = createContext<SimRegistry>(simRegistry);

export interface SimMountProps {
  readonly name: string;
  readonly preset: Readonly<Record<string, string>>;
  readonly caption?: string;
  /** 'stage' on a slide (default); 'explore' on the reading page, where the whole simulator flows with the text. */
  readonly view?: 'stage' | 'explore';
}

function ReadySignal({ onReady }: { readonly onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

function useNear(slide: Element | null, measured: boolean): boolean {
  const near = useSyncExternalStore(
    slideActivityStore.subscribe,
    () => isSlideNear(slideActivityStore.getState(), slide),
    () => false,
  );
  // Once mounted, a simulator stays mounted: its state is in a store and
  // remounting on every visit would only cost time.
  const [wasNear, setWasNear] = useState(false);
  useEffect(() => {
    if (near && measured) setWasNear(true);
  }, [near, measured]);
  return measured && (near || wasNear);
}

/**
 * Places the simulator registered as `name`: a `.sim` root with
 * `data-sim`, an error boundary, Suspense while its chunk loads, swipe
 * isolation (`data-prevent-swipe`; keys are isolated by the deck's keyboard
 * controller), and the caption as `<figcaption>`. The root gets
 * `data-sim-ready="true"` once the simulator has rendered.
 */
export function SimMount({ name, preset, caption, view = 'stage' }: SimMountProps) {
  const registry = useContext(SimRegistryContext);
  const lang = useLang();
  const rootRef = useRef<HTMLDivElement>(null);
  const [slide, setSlide] = useState<Element | null>(null);
  const [measured, setMeasured] = useState(false);
  const [ready, setReady] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useLayoutEffect(() => {
    setSlide(rootRef.current?.closest('section') ?? null);
    setMeasured(true);
  }, []);

  const near = useNear(slide, measured);
  const exploring = useSyncExternalStore(exploreStore.subscribe, () => slide !== null && exploreStore.getState().slide === slide, () => false);
  const markReady = useCallback(() => setReady(true), []);
  const retry = useCallback(() => {
    registry.forget(name);
    setReady(false);
    setAttempt((n) => n + 1);
  }, [registry, name]);

  const Sim = registry.component(name);
  const placement = placementKey(name, preset.view ?? 'default');

  const simulator = (shown: 'stage' | 'explore') => (
    <SimViewContext value={shown}>
      <SimErrorBoundary key={attempt} name={name} lang={lang} onRetry={retry}>
        <Suspense fallback={<p className="sim-fallback">{t('sim.loading', undefined, lang)}</p>}>
          {Sim && <Sim preset={preset} caption={caption} />}
          {shown === view && <ReadySignal onReady={markReady} />}
        </Suspense>
      </SimErrorBoundary>
    </SimViewContext>
  );

  let body;
  if (!Sim) {
    body = <div className="sim-error" role="alert"><p>{t('sim.unknown', { name }, lang)}</p></div>;
  } else if (!near) {
    body = <p className="sim-fallback">{t('sim.loading', undefined, lang)}</p>;
  } else {
    // Under an open explore panel the stage copy pauses (SimPausedContext): a change in explore renders one simulator.
    body = <SimPausedContext value={exploring && view === 'stage'}>{simulator(view)}</SimPausedContext>;
  }

  return (
    <figure className="sim-figure">
      <div
        ref={rootRef}
        className="sim"
        data-sim={name}
        data-sim-ready={ready ? 'true' : undefined}
        data-prevent-swipe=""
      >
        <SlideElementContext.Provider value={slide}>
          <LangContext value={lang}>
            <ClickerReveal slide={slide}>
              {body}
              {exploring && Sim && view === 'stage' ? (
                <ExplorePanel caption={caption} name={name} share={<><Suspense fallback={null}><ExportMenu placement={placement} name={name} caption={caption} /></Suspense><ShareLink placement={placement} slide={slide} /></>}>{simulator('explore')}</ExplorePanel>
              ) : null}
            </ClickerReveal>
          </LangContext>
        </SlideElementContext.Provider>
      </div>
      {caption || (Sim && slide !== null) ? (
        <figcaption>
          {Sim && slide !== null && view === 'stage' ? (
            <button
              type="button"
              className="sim-explore-button ui-action"
              data-action="sim-explore"
              aria-pressed={exploring}
              aria-haspopup="dialog"
              title={`${t('sim.explore', undefined, lang)} (Z)`}
              onClick={() => toggleExplore(slide)}
            >
              <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                <path d="M3 9V3h6M21 9V3h-6M3 15v6h6M21 15v6h-6" fill="none" stroke="currentColor" strokeWidth="2.4" />
              </svg>
              <span>{t('sim.exploreShort', undefined, lang)}</span>
            </button>
          ) : null}
          {caption ? <span>{caption}</span> : null}
          {Sim && slide !== null && view === 'stage' && ready ? <ShareLink placement={placement} slide={slide} compact /> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
