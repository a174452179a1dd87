/**
 * 图14: three teaching scenarios (finance, healthcare, driving / edge), each
 * with its constraints and an optimisation path walked step by step (the
 * presenter's clicker or Previous/Next). Every number is the engine's
 * (practiceStack) for the scenario's model, device and workload; the
 * scenarios are constructed for teaching, not measured at any organisation.
 * Stage: the scenario, its constraints, the step, its challenge and lesson,
 * the table of the steps so far, TPOT and free memory. Explore adds the
 * prompt length, TTFT, weights/KV and energy columns and the whole path.
 */
import { fitDerivation, getHardware, getModel, practiceStack, type PracticeId, type PracticeLevel } from '../../engine/index.ts';
import { LEVEL_BOUND_TEXT, PRACTICE_TEXT } from '../../i18n/engine/practices.ts';
import { formatBytes, formatNumber, formatSeconds, formatSi, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, SimFrame, Slider, Stat, Stepper, type TableColumn } from '../../ui/index.ts';
import { ClickerSteps } from '../_protocol/ClickerSteps.tsx';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import type { Inputs } from './inputs.ts';
import { promptMax, PROMPT_RANGE, SCENARIO_IDS, SCENARIOS, type ScenarioId } from './scenarios.ts';
import { scenarioText, text, type StepMemory } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const DASH = '—';

function memoryOf(l: PracticeLevel): StepMemory {
  const m = l.deployment.memory;
  return { kv: gib(m.kv), weights: gib(m.weights), ratio: m.kv / m.weights, batch: l.deployment.batch };
}

interface Row {
  readonly key: string;
  readonly index: number;
  readonly practice: PracticeId | 'baseline';
  readonly level: PracticeLevel;
}

export function Figure({ state: s, set, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const scenario = SCENARIOS[s.scenario];
  const words = scenarioText[s.scenario];
  const count = scenario.path.length + 1;
  const step = Math.min(s.step, count - 1);
  const setStep = (k: number) => set({ step: Math.min(Math.max(0, k), count - 1) });

  const result = useEngine(() => {
    const model = getModel(scenario.modelId);
    const hw = getHardware(scenario.hardwareId);
    const maxPrompt = promptMax(scenario, model.maxPositionEmbeddings);
    const prompt = s.promptTokens === 0 ? scenario.promptTokens : Math.min(Math.max(s.promptTokens, PROMPT_RANGE.min), maxPrompt);
    const levels = practiceStack(model, hw, scenario.path, { ...scenario.settings, promptTokens: prompt });
    return { model, hw, prompt, maxPrompt, levels };
  }, [scenario, s.promptTokens]);

  const current = result.ok ? result.value.levels[step] : undefined;
  const fit = useEngine(
    () => (result.ok && current ? fitDerivation(result.value.model, result.value.hw, current.deployment.memoryOptions) : null),
    [result, current],
  );

  const controls = (
    <>
      <Segmented<ScenarioId>
        label={text.scenario} value={s.scenario}
        options={SCENARIO_IDS.map((id) => ({ value: id, label: scenarioText[id].name }))}
        onChange={(id) => set({ scenario: id, step: 0, promptTokens: 0 })}
      />
      <div className="cs-box">
        <p className="cs-task">{t(words.task)}</p>
        {result.ok && <p className="cs-deploy">{t(text.deployment({ model: result.value.model.name, device: result.value.hw.name.replace(/^NVIDIA /, '') }))}</p>}
        <p className="cs-constraints-title">{t(text.constraints)}</p>
        <ul className="cs-constraints">{words.constraints.map((c, i) => <li key={i}>{t(c)}</li>)}</ul>
        <p className="cs-teaching">{t(text.teaching)}</p>
      </div>
    </>
  );
  const moreControls = (
    <>
      {result.ok && (
        <Slider
          label={text.prompt} unit={text.tokens} log step={1}
          value={result.value.prompt} min={PROMPT_RANGE.min} max={result.value.maxPrompt}
          stops={[512, 2048, scenario.promptTokens].filter((v, i, a) => v <= result.value.maxPrompt && a.indexOf(v) === i).sort((a, b) => a - b)}
          onChange={(v) => set({ promptTokens: v })}
        />
      )}
      <SimReset onReset={sim.reset} />
    </>
  );

  const stepper = (
    <div className="cs-stepper">
      <Stepper step={step} count={count} onChange={setStep} titles={[PRACTICE_TEXT.baseline.name, ...scenario.path.map((p) => PRACTICE_TEXT[p].name)]} />
      <ClickerSteps step={step} count={count} onChange={setStep} />
    </div>
  );

  if (!result.ok || current === undefined) {
    const error = result.ok ? text.doesNotFit : result.error;
    return <SimFrame controls={controls} moreControls={moreControls} chart={<>{stepper}<Notice kind="error" text={error} /></>} />;
  }

  const { levels } = result.value;
  const target = scenario.settings.tpotTargetSeconds;
  const stepWords = words.steps[step];
  const ids: (PracticeId | 'baseline')[] = ['baseline', ...scenario.path];
  const rows: Row[] = levels
    .map((level, index) => ({ key: `${scenario.id}-${index}`, index, practice: ids[index] as PracticeId | 'baseline', level }))
    .filter((r) => !onStage || r.index <= step);
  const fitsText = (l: PracticeLevel) => (l.fits ? `✓ ${t(text.yes)}` : t(text.overBy(gib(-l.deployment.memory.free))));
  const columns: TableColumn<Row>[] = [
    { sortable: false, id: 'step', header: text.step, value: (r) => `${r.index + 1}. ${t(PRACTICE_TEXT[r.practice].short)}`, align: 'start', rowHeader: true },
    { sortable: false, id: 'fits', header: text.fits, value: (r) => fitsText(r.level), align: 'start', noWrap: !onStage },
    { sortable: false, id: 'batch', header: text.batchGpus, value: (r) => (r.level.fits ? `${r.level.deployment.batch} × ${r.level.tp}` : DASH) },
    ...(onStage ? [] : [{ sortable: false, id: 'ttft', header: 'TTFT', unit: 'ms', value: (r: Row) => (r.level.ttftSeconds === null ? DASH : formatNumber(r.level.ttftSeconds * 1e3)) }]),
    { sortable: false, id: 'tpot', header: 'TPOT', unit: 'ms', value: (r) => (r.level.tpotSeconds === null ? DASH : `${formatNumber(r.level.tpotSeconds * 1e3)} ${r.level.meetsTarget ? '✓' : '✗'}`) },
    { sortable: false, id: 'tps', header: text.throughput, unit: text.tokensPerSec, value: (r) => (r.level.tokensPerSecond === null ? DASH : formatNumber(r.level.tokensPerSecond)) },
    { sortable: false, id: 'mem', header: text.memory, unit: 'GiB', value: (r) => formatNumber(r.level.memoryPerGpuBytes / 2 ** 30) },
    ...(onStage ? [] : [
      { sortable: false, id: 'split', header: text.weightsKv, unit: 'GiB', value: (r: Row) => `${formatNumber(r.level.deployment.memory.weights / 2 ** 30)} / ${formatNumber(r.level.deployment.memory.kv / 2 ** 30)}` },
      { sortable: false, id: 'energy', header: text.energy, value: (r: Row) => (r.level.joulesPerToken === null ? DASH : formatSi(r.level.joulesPerToken, 'J')) },
    ]),
    { sortable: false, id: 'bound', header: text.bottleneck, value: (r) => t(LEVEL_BOUND_TEXT[r.level.bound]), align: 'start' },
  ];

  const table = <LiveTable caption={text.tableCaption} columns={columns} rows={rows} rowKey={(r) => r.key} highlightKey={`${scenario.id}-${step}`} dense />;
  const chart = (
    <>
      {stepper}
      {stepWords && (
        <div className="cs-step" aria-live="polite">
          <p><span className="cs-tag">{t(text.challenge)}</span> {t(typeof stepWords.challenge === 'function' ? stepWords.challenge(memoryOf(current)) : stepWords.challenge)}</p>
          <p><span className="cs-tag cs-tag-lesson">{t(text.lesson)}</span> {t(stepWords.lesson)}</p>
        </div>
      )}
      {onStage && table}
    </>
  );

  const readouts = (
    <>
      <Stat
        label={text.tpot} value={current.tpotSeconds ?? Number.NaN} format={ms} emphasis
        error={current.fits ? undefined : text.doesNotFit} derivation={current.timing?.tpotDerivation}
      />
      {current.fits && <p className="cs-fact">{t(text.budget({ target: ms(target), met: current.meetsTarget }))}</p>}
      {fit.ok && fit.value !== null && (
        <Stat label={text.free} value={current.deployment.memory.free} format={(v) => t(v >= 0 ? text.freeOk(gib(v)) : text.overBy(gib(-v)))} derivation={fit.value} quantity={{ bytes: 'GiB' }} />
      )}
      <p className="cs-fact">{t(text.bound(t(LEVEL_BOUND_TEXT[current.bound])))}</p>
    </>
  );

  return <SimFrame controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} takeaway={text.takeaway} details={table} />;
}
