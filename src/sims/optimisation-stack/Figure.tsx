/**
 * 图13: best practices applied one by one to one model on one device. Each
 * waterfall bar is the engine's change for adding that practice
 * (practiceLevel); the presenter's clicker (or Previous/Next) walks the
 * stack. Stage: the second metric, the weight format and the TPOT target;
 * the TPOT and second-metric waterfalls; TPOT, the second metric and free
 * memory at the current step; "which metric barely moves when only the
 * weights are quantised?" asked at the baseline and open from the first step
 * on (the chart shows the answer there).
 * Explore adds model, device, the order and on/off of every practice,
 * batch, overlap, prompt and output lengths, and the table of every level.
 */
import { useMemo } from 'react';
import { FitBox, tickBytes, tickSeconds, tickSi } from '../../charts/index.ts';
import { Waterfall } from '../../charts/waterfall/Waterfall.tsx';
import {
  fitDerivation, getHardware, getModel, memoryTotalDerivation, practiceThroughputDerivation, practiceTtftDerivation,
  type PracticeId, type PracticeLevel,
} from '../../engine/index.ts';
import { LEVEL_BOUND_TEXT, PRACTICE_TEXT } from '../../i18n/engine/practices.ts';
import { formatBytes, formatCount, formatCountUnit, formatNumber, formatSeconds, formatSi, presetName, useText } from '../../i18n/index.ts';
import {
  LiveTable, Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Stepper, type TableColumn,
} from '../../ui/index.ts';
import { ClickerSteps } from '../_protocol/ClickerSteps.tsx';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceIds, deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { explainStep } from './explain.ts';
import { PracticeList } from './PracticeList.tsx';
import { METRICS, WEIGHT_CHOICES, type Inputs, type MetricId, type WeightChoice } from './inputs.ts';
import { cachedLevel, practiceSettings, stackLevels, weightLabel } from './levels.ts';
import { barText, metricText, REQUESTS, text } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const GIB = 2 ** 30;

interface MetricSpec {
  readonly value: (l: PracticeLevel) => number | null;
  readonly better: 'lower' | 'higher';
  readonly format: (v: number) => string;
  readonly tick: (v: number) => string;
  readonly tickUnit?: number;
}

const METRIC_SPECS: { readonly [M in MetricId]: MetricSpec } = {
  tokens: { value: (l) => l.tokensPerSecond, better: 'higher', format: (v) => formatSi(v, 'tok/s'), tick: tickSi('tok/s') },
  memory: { value: (l) => l.memoryPerGpuBytes, better: 'lower', format: gib, tick: tickBytes('GiB'), tickUnit: GIB },
  energy: { value: (l) => l.joulesPerToken, better: 'lower', format: (v) => formatSi(v, 'J'), tick: tickSi('J') },
  ttft: { value: (l) => l.ttftSeconds, better: 'lower', format: ms, tick: tickSeconds },
};

const signed = (d: number, f: (v: number) => string) => `${d < 0 ? '−' : '+'}${f(Math.abs(d))}`;

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { lang, t } = useText();
  const active = useMemo(() => s.order.filter((p) => !s.off.includes(p)), [s.order, s.off]);

  const { modelId, hardwareId, weights, batch, targetMs, overlapPercent, promptTokens, outputTokens } = s;
  const result = useEngine(() => {
    const model = getModel(modelId);
    const hw = getHardware(hardwareId);
    const settings = practiceSettings({ weights, batch, targetMs, overlapPercent, promptTokens, outputTokens }, model);
    return {
      model, hw,
      levels: stackLevels(model, hw, active, settings),
      quantOnly: cachedLevel(model, hw, ['quantise-weights'], settings),
    };
  }, [modelId, hardwareId, active, weights, batch, targetMs, overlapPercent, promptTokens, outputTokens]);

  const count = active.length + 1;
  const step = Math.min(s.step, count - 1);
  const setStep = (k: number) => set({ step: Math.min(Math.max(0, k), count - 1) });
  const base = result.ok ? result.value.levels[0] : undefined;
  const quantOnly = result.ok ? result.value.quantOnly : undefined;
  const hasQuestion = base?.fits === true && quantOnly?.fits === true;
  // The question is about the first step: once the story has moved past the baseline, the chart shows the answer, so it is open.
  const shown = step;

  const ids: (PracticeId | 'baseline')[] = ['baseline', ...active];
  const current = result.ok ? result.value.levels[shown] : undefined;
  const work = useEngine(() => {
    if (!result.ok || current === undefined) return null;
    const { model, hw } = result.value;
    const memoryOptions = current.deployment.memoryOptions;
    return {
      free: fitDerivation(model, hw, memoryOptions),
      metric: {
        tokens: practiceThroughputDerivation(current),
        memory: memoryTotalDerivation(model, hw, memoryOptions),
        energy: current.deployment.energy?.derivation ?? null,
        ttft: practiceTtftDerivation(model, hw, current),
      }[s.metric],
    };
  }, [result, current, s.metric]);

  const metricOptions = METRICS.map((m) => ({ value: m, label: metricText[m].short, hint: metricText[m].name }));
  const stepper = (
    <div className="os-stepper">
      <Stepper step={step} count={count} onChange={setStep} titles={ids.map((p) => PRACTICE_TEXT[p].name)} />
      <ClickerSteps step={step} count={count} onChange={setStep} />
    </div>
  );
  const explanationLine = current === undefined ? null : <p className="os-explain" aria-live="polite">{t(explainStep(ids[shown] as PracticeId | 'baseline', shown > 0 ? (result.ok ? result.value.levels[shown - 1] ?? null : null) : null, current, s.weights, s.targetMs))}</p>;
  const controls = (
    <>
      {stepper}
      {explanationLine}
      <Segmented<MetricId> {...bind('metric')} options={metricOptions} />
    </>
  );
  const practiceList = <PracticeList order={s.order} off={s.off} onChange={set} />;
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(deviceIds(['gpu', 'soc']))} />
      <Segmented<WeightChoice> {...bind('weights')} options={WEIGHT_CHOICES.map((w) => ({ value: w, label: weightLabel(w) }))} />
      <Slider {...bind('targetMs')} />
      {practiceList}
      <Slider {...bind('batch')} format={(v) => formatCountUnit(v, REQUESTS, lang)} stops={bind('batch').stops.map((v) => ({ value: v, label: formatCount(v) }))} />
      <Slider {...bind('overlapPercent')} />
      <p className="os-hint">{t(text.overlapHint)}</p>
      <Slider {...bind('promptTokens')} />
      <Slider {...bind('outputTokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok || current === undefined || base === undefined || quantOnly === undefined) {
    const error = result.ok ? text.doesNotFitLong : result.error;
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={error} />} />;
  }
  const { model, hw, levels } = result.value;

  const lines = (b: { readonly zh: readonly string[]; readonly en: readonly string[] }) => b[lang];
  const barLabel = (p: PracticeId | 'baseline', l: PracticeLevel): readonly string[] => {
    switch (p) {
      case 'quantise-weights': return lines(barText['quantise-weights'](s.weights === 'int8' ? 'INT8' : 'INT4'));
      case 'tensor-parallel': return lines(barText['tensor-parallel'](l.tp));
      default: return lines(barText[p]);
    }
  };
  const missing = t(text.doesNotFit);
  const steps = (value: (l: PracticeLevel) => number | null) => levels.map((l, i) => ({ id: ids[i] as string, label: barLabel(ids[i] as PracticeId | 'baseline', l), value: value(l), revealed: i <= shown }));
  const summary = (name: string, value: (l: PracticeLevel) => number | null, f: (v: number) => string) => t(text.summary({
    name,
    parts: levels.slice(0, shown + 1).map((l, i) => { const v = value(l); return `${barLabel(ids[i] as PracticeId | 'baseline', l).join(' ')} ${v === null ? missing : f(v)}`; }).join(t(text.listSep)),
  }));
  const spec = METRIC_SPECS[s.metric];
  const metricReference = s.metric === 'memory' ? { value: current.deployment.memory.usable, label: t(text.usable(gib(current.deployment.memory.usable))) } : undefined;

  const tpotChart = (
    <FitBox defaultWidth={900} defaultHeight={200} minWidth={view === 'stage' ? 320 : 760} minHeight={view === 'stage' ? 120 : 260} aspect={0.36}>
      {({ width, height }) => (
        <Waterfall
          width={width} height={height} label={summary('TPOT', (l) => l.tpotSeconds, ms)} steps={steps((l) => l.tpotSeconds)}
          totalLabel={lines(barText.total)} better="lower" axis={{ title: 'TPOT', format: tickSeconds }} valueFormat={ms}
          deltaFormat={(d) => signed(d, ms)} missingText={missing} activeIndex={shown}
          reference={{ value: s.targetMs / 1000, label: t(text.targetLine(`${formatNumber(s.targetMs)} ms`)) }}
        />
      )}
    </FitBox>
  );
  const metricChart = (
    <FitBox defaultWidth={900} defaultHeight={200} minWidth={view === 'stage' ? 320 : 760} minHeight={view === 'stage' ? 120 : 260} aspect={0.36}>
      {({ width, height }) => (
        <Waterfall
          width={width} height={height} label={summary(t(metricText[s.metric].name), spec.value, spec.format)} steps={steps(spec.value)}
          totalLabel={lines(barText.total)} better={spec.better}
          axis={{ title: t(metricText[s.metric].axis), format: spec.tick, ...(spec.tickUnit ? { tickUnit: spec.tickUnit } : {}) }}
          valueFormat={spec.format} deltaFormat={(d) => signed(d, spec.format)} missingText={missing} activeIndex={shown}
          {...(metricReference ? { reference: metricReference } : {})}
        />
      )}
    </FitBox>
  );
  const chart = (
    <>
      {tpotChart}
      {metricChart}
    </>
  );

  const metricValue = spec.value(current);
  const notFit = current.fits ? undefined : text.doesNotFitLong;
  const readouts = (
    <>
      <Stat label={text.tpot} value={current.tpotSeconds ?? Number.NaN} format={ms} emphasis error={notFit} derivation={current.timing?.tpotDerivation} />
      <Stat
        label={metricText[s.metric].stat} value={metricValue ?? Number.NaN} format={spec.format} error={metricValue === null ? notFit : undefined}
        derivation={work.ok ? work.value?.metric ?? undefined : undefined} quantity={{ bytes: 'GiB' }}
      />
      {current.fits && <p className="os-fact">{t(text.facts({ batch: current.deployment.batch, gpus: current.tp, bound: t(LEVEL_BOUND_TEXT[current.bound]) }))}</p>}
    </>
  );
  const moreReadouts = work.ok && work.value !== null ? (
    <Stat label={text.free} value={current.deployment.memory.free} format={(v) => t(v >= 0 ? text.freeOk(gib(v)) : text.overBy(gib(-v)))} derivation={work.value.free} quantity={{ bytes: 'GiB' }} />
  ) : undefined;

  // Which metric barely moves when only the weights are quantised (TTFT: prefill is compute-bound).
  const predictRows = [
    { id: 'tpot', label: 'TPOT', before: base.tpotSeconds, after: quantOnly.tpotSeconds, f: ms },
    { id: 'ttft', label: 'TTFT', before: base.ttftSeconds, after: quantOnly.ttftSeconds, f: ms },
    { id: 'memory', label: text.memoryChoice, before: base.memoryPerGpuBytes, after: quantOnly.memoryPerGpuBytes, f: gib },
  ] as const;
  const change = (r: (typeof predictRows)[number]) => (r.before && r.after ? Math.abs(Math.log(r.after / r.before)) : Infinity);
  const still = predictRows.reduce<(typeof predictRows)[number]>((a, r) => (change(r) < change(a) ? r : a), predictRows[0]);
  const changes = predictRows.map((r) => t(text.change({ name: t(r.label), before: r.before === null ? '—' : r.f(r.before), after: r.after === null ? '—' : r.f(r.after) }))).join(t(text.listSep));
  const predict = hasQuestion ? (
    <PredictFirst
      question={text.question({ model: model.name, device: presetName(hw, lang), format: weightLabel(s.weights) })}
      choices={predictRows.map((r) => ({ id: r.id, label: r.label }))}
      answerId={still.id}
      explanation={text.explanation({ changes })}
      revealed={step > 0}
    />
  ) : undefined;

  const dash = '—';
  const columns: TableColumn<{ key: string; index: number; id: PracticeId | 'baseline'; level: PracticeLevel }>[] = [
    { id: 'level', header: text.level, sortable: false, align: 'start', rowHeader: true, value: (r) => `${r.index + 1}. ${t(PRACTICE_TEXT[r.id].short)}` },
    { id: 'batch', header: text.batchGpus, sortable: false, value: (r) => (r.level.fits ? `${r.level.deployment.batch} × ${r.level.tp}` : dash) },
    { id: 'tpot', header: 'TPOT', unit: 'ms', sortable: false, value: (r) => (r.level.tpotSeconds === null ? dash : formatNumber(r.level.tpotSeconds * 1e3)) },
    { id: 'ttft', header: 'TTFT', unit: 'ms', sortable: false, value: (r) => (r.level.ttftSeconds === null ? dash : formatNumber(r.level.ttftSeconds * 1e3)) },
    { id: 'tps', header: text.throughput, unit: text.tokensPerSec, sortable: false, value: (r) => (r.level.tokensPerSecond === null ? dash : formatNumber(r.level.tokensPerSecond)) },
    { id: 'mem', header: text.memoryPerGpu, unit: 'GiB', sortable: false, value: (r) => formatNumber(r.level.memoryPerGpuBytes / GIB) },
    { id: 'fits', header: text.free, sortable: false, align: 'start', noWrap: true,
      value: (r) => t(r.level.deployment.memory.free >= 0 ? text.freeOk(gib(r.level.deployment.memory.free)) : text.overBy(gib(-r.level.deployment.memory.free))) },
    { id: 'energy', header: text.energy, sortable: false, value: (r) => (r.level.joulesPerToken === null ? dash : formatSi(r.level.joulesPerToken, 'J')) },
    { id: 'bound', header: text.bottleneck, sortable: false, align: 'start', value: (r) => t(LEVEL_BOUND_TEXT[r.level.bound]) },
  ];
  const rows = levels.map((level, index) => ({ key: `${ids[index]}-${index}`, index, id: ids[index] as PracticeId | 'baseline', level }));
  const details = <LiveTable caption={text.tableCaption} columns={columns} rows={rows} rowKey={(r) => r.key} highlightKey={rows[step]?.key ?? null} dense />;

  return (
    <SimFrame
      controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} moreReadouts={moreReadouts}
      predict={predict} takeaway={text.takeaway} details={details}
    />
  );
}
