/**
 * The one simulator shape. A simulator declares its inputs once (default,
 * range, step, unit, validator, label), which `::sim` attributes preset
 * which input, and its views; `defineSim` turns that into the component the
 * registry loads, with per-placement state (preset, Reset, saved state with
 * a schema version, share form), the predict-first state, and bindings that
 * give controls their bounds from the declaration:
 *
 * ```tsx
 * const inputs = { batch: numberInput({ default: 1, min: 1, max: 256, log: true, label: text.batch }) };
 * function Figure({ state, bind }: SimViewProps<typeof inputs>) {
 *   return <SimFrame controls={<Slider {...bind('batch')} />} … />;
 * }
 * export default defineSim({ name: 'memory-budget', title, version: 1, inputs, presets: { batch: 'batch' }, views: { default: Figure } });
 * ```
 */
import { useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import { both, type Bilingual, type Text } from '../../i18n/index.ts';
import {
  clampToInput, defaultsOf, type BoolInputSpec, type ChoiceInputSpec, type InputSpecs, type JsonInputSpec, type NumberInputSpec, type ValuesOf,
} from '../../state/inputs.ts';
import { createPlacementStore, type PlacementStore } from '../../state/placementStore.ts';
import { PredictContext, type PredictState } from '../../ui/predict.ts';
import { PresetIssuesContext, useSimView, type SimView } from '../../ui/simView.ts';
import { SimPausedContext } from './paused.ts';
import { answerPrediction, clearPrediction, predictAnswers } from './predictAnswers.ts';
import { PredictClickerContext } from './predictClicker.ts';
import { reportSharedState, takeSharedState } from './shareLink.ts';
import type { SimComponent, SimProps } from './types.ts';

export interface NumberBinding {
  readonly label: Text;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly log: boolean;
  readonly stops: readonly number[];
  readonly unit?: Text;
  readonly onChange: (value: number) => void;
}
export interface ChoiceBinding<V extends string> {
  readonly label: Text;
  readonly value: V;
  readonly onChange: (value: V) => void;
}
export interface BoolBinding {
  readonly label: Text;
  readonly checked: boolean;
  readonly onChange: (value: boolean) => void;
}
export interface JsonBinding<T> {
  readonly label: Text;
  readonly value: T;
  readonly onChange: (value: T) => void;
}

export type BindingOf<Spec> =
  Spec extends NumberInputSpec ? NumberBinding
  : Spec extends BoolInputSpec ? BoolBinding
  : Spec extends ChoiceInputSpec<infer V> ? ChoiceBinding<V>
  : Spec extends JsonInputSpec<infer T> ? JsonBinding<T>
  : never;

/** Props for a control bound to the declared input `key`: label, value, bounds and onChange. */
export type Binder<S extends InputSpecs> = <K extends keyof S & string>(key: K) => BindingOf<S[K]>;

export interface SimViewProps<S extends InputSpecs> {
  readonly state: ValuesOf<S>;
  readonly set: (patch: Partial<ValuesOf<S>>) => void;
  readonly bind: Binder<S>;
  /** The placement's store: reset(), encode(), the preset as `base`. */
  readonly sim: PlacementStore<S>;
  readonly view: SimView;
}

export interface SimDefinition<S extends InputSpecs> {
  /** The folder name, which slides use in `::sim <name>`. */
  readonly name: string;
  /** The simulator's name in both languages (notices about its saved state). */
  readonly title: Bilingual;
  /** Schema version of the saved state and share form. */
  readonly version: number;
  readonly inputs: S;
  /** `::sim` attribute → the input it presets; the attribute's text is read by that input. */
  readonly presets?: Readonly<Record<string, keyof S & string>>;
  /** The views a placement can pick with `view="…"`; `default` when it names none. */
  readonly views: { readonly default: ComponentType<SimViewProps<S>> } & Readonly<Record<string, ComponentType<SimViewProps<S>>>>;
  /** Per-view changes to the declared defaults, before the `::sim` attributes apply. */
  readonly viewDefaults?: Readonly<Record<string, Partial<ValuesOf<S>>>>;
  readonly migrate?: (version: number, saved: unknown) => unknown;
}

const issueText = {
  attribute: (name: string, value: string): Bilingual => both('sim.badAttribute', { name: name.slice(0, 40), value: value.slice(0, 40) }),
  view: (value: string): Bilingual => both('sim.badView', { value: value.slice(0, 40) }),
};

/** Attributes every placement may carry that are not inputs. */
const RESERVED = new Set(['view', 'caption']);

interface Placement<S extends InputSpecs> {
  readonly sim: PlacementStore<S>;
  readonly viewName: string;
  readonly issues: readonly Bilingual[];
}

/** Placement stores live as long as the page, so stage and explore (and a revisit) share one state. */
const placements = new Map<string, Placement<InputSpecs>>();

/** Forgets every placement and answered question (component tests start each case from the preset). */
export function forgetPlacements(): void {
  placements.clear();
  predictAnswers.setState({}, true);
}

/** The placement key of a `::sim` line: the name, plus `:<view>` for a named view. */
export function placementKey(name: string, view: string): string {
  return view === 'default' ? name : `${name}:${view}`;
}

function resolvePlacement<S extends InputSpecs>(def: SimDefinition<S>, preset: Readonly<Record<string, string>>): Placement<S> {
  const issues: Bilingual[] = [];
  const asked = preset.view;
  let viewName = 'default';
  if (asked !== undefined && asked !== 'default') {
    if (Object.prototype.hasOwnProperty.call(def.views, asked)) viewName = asked;
    else issues.push(issueText.view(asked));
  }
  const key = placementKey(def.name, viewName);
  const cached = placements.get(key) as Placement<S> | undefined;
  if (cached) return cached;

  const base = { ...defaultsOf(def.inputs), ...(def.viewDefaults?.[viewName] ?? {}) } as ValuesOf<S>;
  for (const [attr, text] of Object.entries(preset)) {
    if (RESERVED.has(attr)) continue;
    const input = def.presets?.[attr];
    const spec = input === undefined ? undefined : def.inputs[input];
    const value = spec?.decode(text);
    if (input === undefined || value === undefined) issues.push(issueText.attribute(attr, text));
    else (base as Record<string, unknown>)[input] = value;
  }
  const sim = createPlacementStore({ placement: key, title: def.title, version: def.version, specs: def.inputs, base, migrate: def.migrate });
  // A share link for this placement overrides saved state; what it cannot set stays at the preset.
  const shared = takeSharedState(key);
  if (shared !== null) {
    sim.reset();
    reportSharedState(sim.apply(shared));
  }
  const placement: Placement<S> = { sim, viewName, issues };
  placements.set(key, placement as unknown as Placement<InputSpecs>);
  return placement;
}

function makeBinder<S extends InputSpecs>(sim: PlacementStore<S>, state: ValuesOf<S>): Binder<S> {
  return (<K extends keyof S & string>(key: K) => {
    const spec = sim.specs[key];
    if (spec === undefined) throw new Error(`bind: no input "${key}"`);
    const label = spec.label ?? key;
    const set = (v: unknown) => sim.set({ [key]: v } as unknown as Partial<ValuesOf<S>>);
    const value = state[key];
    switch (spec.kind) {
      case 'number':
        return {
          label, value, min: spec.min, max: spec.max, step: spec.step, log: spec.log, stops: spec.stops, unit: spec.unit,
          onChange: (v: number) => set(clampToInput(spec, v)),
        };
      case 'bool':
        return { label, checked: value, onChange: (v: boolean) => set(v) };
      case 'choice':
        return { label, value, onChange: (v: string) => { if (spec.parse(v) !== undefined) set(v); } };
      default:
        return { label, value, onChange: (v: unknown) => { if (spec.parse(v) !== undefined) set(v); } };
    }
  }) as Binder<S>;
}

/** The placement's predict-first state: the student's saved answer, or the presenter's clicker. */
function usePlacementPredict(placement: string): PredictState {
  const clicker = useContext(PredictClickerContext);
  const answer = useSyncExternalStore(predictAnswers.subscribe, () => predictAnswers.getState()[placement]);
  const [questions, setQuestions] = useState(0);
  const register = useCallback(() => {
    setQuestions((n) => n + 1);
    return () => setQuestions((n) => n - 1);
  }, []);
  // The clicker gets a press for the answer only while it is still closed.
  const needsClicker = questions > 0 && answer === undefined;
  const clickerRegister = clicker?.register;
  useEffect(() => (needsClicker && clickerRegister ? clickerRegister() : undefined), [needsClicker, clickerRegister]);
  const revealed = answer !== undefined || (clicker?.revealed ?? false);
  const picked = answer?.picked ?? null;
  return useMemo(() => ({
    revealed,
    picked,
    pick: (id: string) => answerPrediction(placement, id),
    reveal: () => answerPrediction(placement, null),
    reset: () => clearPrediction(placement),
    register,
  }), [revealed, picked, placement, register]);
}

const noSubscription = () => () => undefined;

/** A simulator from its declaration: the component `src/sims/<name>/index.tsx` exports by default. */
export function defineSim<S extends InputSpecs>(def: SimDefinition<S>): SimComponent & { readonly definition: SimDefinition<S> } {
  function SimPlacement({ preset }: SimProps) {
    const { sim, viewName, issues } = resolvePlacement(def, preset);
    // Paused (the stage under explore): the state it had when the pause began, and no subscription.
    const paused = useContext(SimPausedContext);
    const pausedAt = useMemo(() => (paused ? sim.store.getState() : null), [paused, sim]);
    const snapshot = pausedAt === null ? sim.store.getState : () => pausedAt;
    const state = useSyncExternalStore(pausedAt === null ? sim.store.subscribe : noSubscription, snapshot, snapshot);
    const view = useSimView();
    const predict = usePlacementPredict(sim.placement);
    const bind = useMemo(() => makeBinder(sim, state), [sim, state]);
    const View = def.views[viewName] ?? def.views.default;
    return (
      <PresetIssuesContext value={issues}>
        <PredictContext value={predict}>
          <View state={state} set={sim.set} bind={bind} sim={sim} view={view} />
        </PredictContext>
      </PresetIssuesContext>
    );
  }
  SimPlacement.displayName = `Sim(${def.name})`;
  return Object.assign(SimPlacement, { definition: def });
}

/** A placement's current values (export file names), or null before the placement exists. */
export function placementValues(key: string): Readonly<Record<string, unknown>> | null {
  return (placements.get(key)?.sim.get() as Readonly<Record<string, unknown>> | undefined) ?? null;
}

/** The share form of a placement's current state, or null before the placement exists. */
export function encodePlacement(key: string): string | null {
  return placements.get(key)?.sim.encode() ?? null;
}

/** The placement store of a `::sim` line (share links, tests), creating it from the preset if needed. */
export function placementOf<S extends InputSpecs>(def: SimDefinition<S>, preset: Readonly<Record<string, string>>): PlacementStore<S> {
  return resolvePlacement(def, preset).sim;
}
