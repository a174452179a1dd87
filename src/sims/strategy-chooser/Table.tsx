/**
 * 表12: the strategy chooser's answer for each application of the lecture
 * (the scenario stops): its constraints, the engine's first bottleneck (the
 * FP16 one-GPU baseline's steady-state iteration, servingThroughput), the
 * combination chooseStrategy recommends, and what that deployment delivers
 * (steady-state TPOT against the target, throughput, memory per GPU).
 * Stage: the scenario buttons; the five rows; the highlighted row's
 * throughput and TPOT with their work. Explore adds the constraints the
 * chooser's figure has (a sixth row, "your settings", when the state matches
 * no application), TTFT, lengths, tolerance and every recommended item by name.
 */
import {
  chooseStrategy, fitDerivation, getHardware, getModel, servingThroughput, type ChoiceEstimate, type HardwareSpec, type ModelSpec,
  type NumberFormat, type RuleId, type ServingThroughput, type StrategyChoice,
} from '../../engine/index.ts';
import { formatBytes, formatCount, formatCountUnit, formatNumber, formatSeconds, STRATEGY_TEXT, useText, type Lang, type Text } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { constraintsOf, steadyState } from './Figure.tsx';
import { STOP_IDS, STOPS, type Inputs, type State, type StopId } from './inputs.ts';
import { applicationText, boundWord, REQUESTS, shortRule, stopText, tableText, text, toleranceText } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
/** Short device names for the stage's constraints cell (product names, the same in both languages). */
const SHORT_DEVICE: Readonly<Record<string, string>> = {
  'a100-80gb-sxm': 'A100 80G', 'a100-40gb-sxm': 'A100 40G', 'h100-sxm': 'H100', h200: 'H200', l4: 'L4', 'rtx-4090': 'RTX 4090', mi300x: 'MI300X', 'jetson-agx-orin-64gb': 'Orin 64G',
};
const formatName = (w: NumberFormat) => (typeof w === 'string' ? w.toUpperCase() : `INT${w.bits}${w.groupSize ? ` g${w.groupSize}` : ''}`);

export type RowId = StopId | 'custom';

/** One application: its constraints, the chooser's answer, and what baseline and recommendation deliver in steady state. */
export interface ApplicationRow {
  readonly id: RowId;
  readonly state: State;
  readonly model: ModelSpec;
  readonly hw: HardwareSpec;
  readonly choice: StrategyChoice;
  /** The FP16 one-GPU baseline at the wanted concurrency (servingThroughput); its bound is the row's first bottleneck. */
  readonly baseline: ServingThroughput;
  /** The recommended deployment in steady state (null when it does not fit). */
  readonly steady: ReturnType<typeof steadyState>;
}

/** 表12's row for one set of inputs: everything from chooseStrategy and servingThroughput. */
export function applicationRow(id: RowId, state: State): ApplicationRow {
  const model = getModel(state.modelId);
  const hw = getHardware(state.hardwareId);
  const c = constraintsOf(state, model, hw);
  const choice = chooseStrategy(model, hw, c);
  const baseline = servingThroughput(model, hw, {
    gpus: 1, tp: 1, weights: 'fp16', kv: 'fp16', inputTokens: c.promptTokens, outputTokens: c.outputTokens, concurrency: c.concurrency,
  });
  return { id, state, model, hw, choice, baseline, steady: steadyState(model, hw, choice.recommended, c) };
}

const sameState = (a: State, b: State) => (Object.keys(b) as (keyof State)[]).every((k) => a[k] === b[k]);

/** The row the current state is (an application's stop), or 'custom'. */
export function currentRowId(s: State): RowId {
  return STOP_IDS.find((id) => sameState(s, STOPS[id])) ?? 'custom';
}

/** The first-bottleneck cell: memory capacity with the amounts, else the bound's share of the steady-state TPOT iteration. */
export function bottleneckText(b: ServingThroughput): Text {
  if (b.bound === 'capacity') {
    return b.memory.weights > b.memory.usable
      ? tableText.weightsOver({ weights: gib(b.memory.weights), usable: gib(b.memory.usable) })
      : tableText.needsOver({ total: gib(b.memory.total), usable: gib(b.memory.usable) });
  }
  const parts = b.tpotParts;
  return tableText.share({ bound: boundWord[b.bound], share: `${formatNumber((parts[b.bound] / parts.seconds) * 100, 2)}%` });
}

/** The combination cell: the recommended items the way they were configured (weight format, TP degree, batch cap), FlashAttention left out. */
export function combinationText(e: ChoiceEstimate, rules: readonly RuleId[], t: (x: Text) => string): string {
  const item = (id: RuleId): string | null => {
    switch (id) {
      case 'flash-attention': return null;
      case 'quantise-weights': return t(tableText.weightsItem(formatName(e.config.weights)));
      case 'tensor-parallel': return t(tableText.tpItem(e.config.tp));
      case 'cap-batch': return t(tableText.capItem(e.batch));
      default: return t(shortRule[id]);
    }
  };
  const words = rules.map(item).filter((x): x is string => x !== null).join(t(tableText.join));
  return words.length === 0 ? '—' : words.charAt(0).toUpperCase() + words.slice(1);
}

export function Table({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { lang, t } = useText();
  const onStage = view === 'stage';
  const current = currentRowId(s);
  const result = useEngine(() => {
    const rows = STOP_IDS.map((id) => applicationRow(id, STOPS[id]));
    const shown = rows.find((r) => r.id === current) ?? applicationRow('custom', s);
    // Your own constraints get a row in explore; the stage keeps the five applications (it has no room for a sixth).
    if (shown.id === 'custom' && !onStage) rows.push(shown);
    return { rows, shown, fit: fitDerivation(shown.model, shown.hw, shown.choice.recommended.memoryOptions) };
  }, [s, current, onStage]);

  const stops = (
    <div className="sc-stops" role="group" aria-label={t(text.stops)}>
      <span className="ui-label">{t(tableText.shown)}</span>
      <div className="sc-stop-row">
        {STOP_IDS.map((id) => (
          <button key={id} type="button" className="ui-button sc-stop" aria-pressed={current === id} onClick={() => set(STOPS[id])}>{t(stopText[id])}</button>
        ))}
      </div>
    </div>
  );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(sim.specs.hardwareId.options())} />
      <Slider {...bind('tpotMs')} />
      <Slider {...bind('concurrency')} format={(v) => formatCountUnit(v, REQUESTS, lang)} stops={bind('concurrency').stops.map((v) => ({ value: v, label: formatCount(v) }))} />
      <Segmented {...bind('tolerance')} options={(['int4', 'int8', 'fp16'] as const).map((v) => ({ value: v, label: toleranceText[v] }))} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) return <SimFrame stage="top" controls={stops} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;

  const { rows, shown, fit } = result.value;
  const columns = tableColumns(onStage, t, lang);
  const st = shown.steady;
  const e = shown.choice.recommended;
  const notFit = text.doesNotFit;
  const readouts = (
    <>
      <Stat
        label={text.throughput} value={st?.r.tokensPerSecond ?? Number.NaN} format={(v) => `${formatNumber(v)} tok/s`} emphasis
        error={st === null ? notFit : undefined} derivation={st?.throughput}
      />
      <Stat label={text.tpotOut} value={st?.r.tpotSeconds ?? Number.NaN} format={ms} error={st === null ? notFit : undefined} derivation={st?.tpot} />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.ttftOut} value={st?.r.ttftSeconds ?? Number.NaN} format={ms} error={st === null ? notFit : undefined} derivation={st?.ttft} />
      <Stat label={text.memory} value={e.memory.free} format={(v) => t(v >= 0 ? text.freeOk(gib(v)) : text.overBy(gib(-v)))} derivation={fit} quantity={{ bytes: 'GiB' }} />
    </>
  );
  const chart = (
    <>
      <LiveTable caption={tableText.caption} columns={columns} rows={rows} rowKey={(r) => r.id} highlightKey={current} dense />
      <p className="sc-table-note">{t(onStage ? tableText.stageNote : tableText.note)}</p>
    </>
  );
  return <SimFrame stage="top" controls={stops} moreControls={moreControls} readouts={readouts} moreReadouts={moreReadouts} chart={chart} />;
}

function tableColumns(onStage: boolean, t: (x: Text) => string, lang: Lang): TableColumn<ApplicationRow>[] {
  const c = (r: ApplicationRow) => constraintsOf(r.state, r.model, r.hw);
  const device = (r: ApplicationRow) => r.hw.name.replace(/^NVIDIA /, '');
  return [
    { id: 'app', header: tableText.application, rowHeader: true, align: 'start', sortable: false, value: (r) => t(r.id === 'custom' ? tableText.custom : applicationText[r.id]) },
    {
      id: 'constraints', header: tableText.constraints, align: 'start', sortable: false,
      value: (r) => t(tableText.constraintCell({
        model: r.model.name, gpus: c(r).gpus, device: onStage ? SHORT_DEVICE[r.hw.id] ?? device(r) : device(r),
        requests: formatCountUnit(c(r).concurrency, REQUESTS, lang), tpot: ms(c(r).tpotTargetSeconds),
      })),
    },
    ...(onStage ? [] : [
      { id: 'lengths', header: tableText.lengths, sortable: false, value: (r: ApplicationRow) => `${formatCount(c(r).promptTokens)} / ${formatCount(c(r).outputTokens)}` },
      { id: 'tolerance', header: text.tolerance, sortable: false, value: (r: ApplicationRow) => t(toleranceText[r.state.tolerance]) },
    ]),
    { id: 'bottleneck', header: tableText.bottleneck, align: 'start', sortable: false, value: (r) => t(bottleneckText(r.baseline)) },
    {
      id: 'combination', header: tableText.combination, align: 'start', sortable: false,
      value: (r) => (r.choice.recommended.fits ? combinationText(r.choice.recommended, r.choice.rules, t) : t(STRATEGY_TEXT['smaller-model'].label)),
    },
    ...(onStage ? [] : [
      { id: 'rules', header: tableText.rules, align: 'start' as const, sortable: false, value: (r: ApplicationRow) => r.choice.rules.map((id) => t(STRATEGY_TEXT[id].label)).join(t(tableText.join)) },
    ]),
    {
      id: 'tpot', header: tableText.tpot, unit: tableText.tpotUnit, sortable: false,
      value: (r) => (r.steady === null ? '—' : t(tableText.met({ value: formatNumber(r.steady.r.tpotSeconds * 1e3), met: r.choice.meets.tpot }))),
    },
    ...(onStage ? [] : [
      { id: 'ttft', header: tableText.ttft, sortable: false, value: (r: ApplicationRow) => (r.steady === null ? '—' : ms(r.steady.r.ttftSeconds)) },
    ]),
    { id: 'throughput', header: tableText.throughput, unit: tableText.tokPerS, sortable: false, value: (r) => (r.steady === null ? '—' : formatNumber(r.steady.r.tokensPerSecond)) },
    {
      id: 'fit', header: tableText.freeHeader, unit: 'GiB', align: 'start', sortable: false,
      value: (r) => { const free = r.choice.recommended.memory.free; return t(tableText.freeCell({ fits: free >= 0, amount: formatNumber(Math.abs(free) / 2 ** 30) })); },
    },
  ];
}
