/**
 * 表14: lessons from the three teaching scenarios, computed: per scenario its
 * main constraints, the engine's first bottleneck (the measured baseline's),
 * the measures that were effective on its path and the effect of the whole
 * path on TPOT and throughput (practiceStack for the scenario's model, device
 * and workload). Stage: the scenario whose end numbers and work are shown;
 * the three rows; TPOT and throughput after every step, each with its work
 * and its change against the baseline. Explore adds that scenario's prompt
 * length and the deployment, each step's main effect, TTFT, memory, energy
 * and the bottleneck at the end.
 */
import { getHardware, getModel, practiceStack, practiceThroughputDerivation, type PracticeLevel } from '../../engine/index.ts';
import { LEVEL_BOUND_TEXT, PRACTICE_TEXT } from '../../i18n/engine/practices.ts';
import { formatBytes, formatChange, formatPercent, formatSeconds, formatSi, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import type { Inputs } from './inputs.ts';
import { promptMax, PROMPT_RANGE, SCENARIO_IDS, SCENARIOS, type ScenarioId } from './scenarios.ts';
import { caseSummary, EFFECTIVE_CHANGE, type CaseSummary, type MeasureEffect } from './summary.ts';
import { scenarioText, tableText, text } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const tps = (v: number) => formatSi(v, 'tok/s');
const gib = (b: number) => formatBytes(b, 'GiB');
/** A bottleneck's words as a cell of its own (they are written to sit mid-sentence). */
const capitalise = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

interface Row {
  readonly id: ScenarioId;
  readonly model: string;
  readonly device: string;
  readonly prompt: number;
  readonly levels: readonly PracticeLevel[];
  readonly summary: CaseSummary;
}

export function Table({ state: s, set, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';

  const result = useEngine(() => SCENARIO_IDS.map((id): Row => {
    const scenario = SCENARIOS[id];
    const model = getModel(scenario.modelId);
    const hw = getHardware(scenario.hardwareId);
    // The prompt slider moves the chosen scenario only; 0 = its own length.
    const own = id !== s.scenario || s.promptTokens === 0;
    const prompt = own ? scenario.promptTokens : Math.min(Math.max(s.promptTokens, PROMPT_RANGE.min), promptMax(scenario, model.maxPositionEmbeddings));
    const levels = practiceStack(model, hw, scenario.path, { ...scenario.settings, promptTokens: prompt });
    return { id, model: model.name, device: hw.name.replace(/^NVIDIA /, ''), prompt, levels, summary: caseSummary(scenario.path, levels) };
  }), [s.scenario, s.promptTokens]);

  const chosen = result.ok ? result.value.find((r) => r.id === s.scenario) : undefined;
  const work = useEngine(() => (chosen ? practiceThroughputDerivation(chosen.summary.final) : null), [chosen]);

  const controls = (
    <Segmented<ScenarioId>
      label={tableText.scenario} value={s.scenario}
      options={SCENARIO_IDS.map((id) => ({ value: id, label: scenarioText[id].name }))}
      onChange={(id) => set({ scenario: id, step: 0, promptTokens: 0 })}
    />
  );
  const scenario = SCENARIOS[s.scenario];
  const moreControls = (
    <>
      {chosen && (
        <Slider
          label={text.prompt} unit={text.tokens} log step={1}
          value={chosen.prompt} min={PROMPT_RANGE.min} max={promptMax(scenario, getModel(scenario.modelId).maxPositionEmbeddings)}
          stops={[512, 2048, scenario.promptTokens].filter((v, i, a) => a.indexOf(v) === i).sort((a, b) => a - b)}
          onChange={(v) => set({ promptTokens: v })}
        />
      )}
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok || chosen === undefined) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.ok ? tableText.noFit : result.error} />} />;
  }

  const measureName = (m: MeasureEffect, id: ScenarioId): string => (
    m.practice === 'quantise-weights' ? t(tableText.weights(SCENARIOS[id].weightsLabel))
      : m.practice === 'tensor-parallel' ? `${t(PRACTICE_TEXT[m.practice].short)} ×${m.after.tp}`
        : t(PRACTICE_TEXT[m.practice].short)
  );
  const effectText = (m: MeasureEffect, id: ScenarioId): string => {
    const main = m.main;
    const line = main.kind === 'fits'
      ? t(tableText.fits(measureName(m, id)))
      : t(tableText.effect({ measure: measureName(m, id), what: t(tableText.effectName[main.kind]), amount: formatChange(main.fraction) }));
    return m.effective ? line : `${line} ${t(tableText.notEffective)}`;
  };
  const effectiveText = (r: Row) => (r.summary.effective.length === 0 ? t(tableText.none) : r.summary.effective.map((m) => measureName(m, r.id)).join(t(tableText.listSep)));
  const value = (v: number | null, f: (x: number) => string) => (v === null ? t(tableText.noFit) : f(v));
  const path = (r: Row, get: (l: PracticeLevel) => number | null, f: (x: number) => string) => t(tableText.beforeAfter({ before: value(get(r.summary.baseline), f), after: value(get(r.summary.final), f) }));

  const columns: TableColumn<Row>[] = [
    { id: 'scenario', header: tableText.scenario, rowHeader: true, align: 'start', sortable: false, value: (r) => t(scenarioText[r.id].name) },
    { id: 'constraints', header: tableText.constraints, align: 'start', sortable: false, value: (r) => t(scenarioText[r.id].constraintsShort) },
    ...(onStage ? [] : [{ id: 'deployment', header: tableText.deployment, align: 'start' as const, sortable: false, value: (r: Row) => `${r.model} · ${r.device}` }]),
    { id: 'bottleneck', header: tableText.firstBottleneck, align: 'start', sortable: false, value: (r) => capitalise(t(LEVEL_BOUND_TEXT[r.summary.baseline.bound])) },
    { id: 'effective', header: tableText.effective, align: 'start', sortable: false, value: (r) => effectiveText(r) },
    ...(onStage ? [] : [{ id: 'each', header: tableText.everyMeasure, align: 'start' as const, sortable: false, value: (r: Row) => r.summary.measures.map((m) => effectText(m, r.id)).join('\n') }]),
    { id: 'tpot', header: tableText.tpot, sortable: false, value: (r) => path(r, (l) => l.tpotSeconds, ms) },
    { id: 'throughput', header: tableText.throughput, sortable: false, value: (r) => path(r, (l) => l.tokensPerSecond, tps) },
    ...(onStage ? [] : [
      { id: 'ttft', header: tableText.ttft, sortable: false, value: (r: Row) => path(r, (l) => l.ttftSeconds, ms) },
      { id: 'memory', header: tableText.memory, sortable: false, value: (r: Row) => path(r, (l) => l.memoryPerGpuBytes, gib) },
      { id: 'energy', header: tableText.energy, sortable: false, value: (r: Row) => path(r, (l) => l.joulesPerToken, (v) => formatSi(v, 'J')) },
      { id: 'after', header: tableText.bottleneckAfter, align: 'start' as const, sortable: false, value: (r: Row) => capitalise(t(LEVEL_BOUND_TEXT[r.summary.final.bound])) },
    ]),
    { id: 'lesson', header: tableText.lesson, align: 'start', sortable: false, value: (r) => t(scenarioText[r.id].lessonShort) },
  ];
  const chart = (
    <div className="cs-table">
      <LiveTable caption={tableText.caption} columns={columns} rows={result.value} rowKey={(r) => r.id} highlightKey={s.scenario} dense />
      <p className="cs-table-note">{t(tableText.note(formatPercent(EFFECTIVE_CHANGE)))}</p>
    </div>
  );

  const { baseline, final } = chosen.summary;
  const name = scenarioText[chosen.id].name;
  const vs = (v: number | null) => (v === null ? {} : { baseline: v, baselineLabel: tableText.vsBaseline });
  const notFit = final.fits ? undefined : tableText.noFit;
  const readouts = (
    <>
      <Stat label={tableText.tpotStat(name)} value={final.tpotSeconds ?? Number.NaN} format={ms} emphasis error={notFit} derivation={final.timing?.tpotDerivation} {...vs(baseline.tpotSeconds)} />
      <Stat
        label={tableText.throughputStat(name)} value={final.tokensPerSecond ?? Number.NaN} format={tps} error={notFit}
        derivation={work.ok ? work.value ?? undefined : undefined} {...vs(baseline.tokensPerSecond)}
      />
    </>
  );
  return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} />;
}
