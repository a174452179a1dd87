/**
 * 图11: for one scenario, where a step's time goes (compute-bound,
 * memory-bound, communication, launch) and what one optimisation of each
 * family (memory, compute, communication) does to it, with the memory per GPU.
 * Every number comes from bottleneckAnalysis. Stage: scenario, phase, batch,
 * TP; the time bars; step time, bottleneck, the family that helps most and
 * free memory; "which family?" asked before the optimised bars are shown.
 * Explore adds model, device, link, tokens, the memory bars and the table.
 */
import { useState } from 'react';
import { FitBox, roles, StackedBar, tickBytes } from '../../charts/index.ts';
import {
  baselineStepOptions, bottleneckAnalysis, fitDerivation, getHardware, getInterconnect, getModel, remedySpeedupDerivation, stepMemoryOptions,
  stepSplitDerivation, OPTIMISATION_FAMILIES, REMEDY_IDS, type BottleneckScenario, type HardwareSpec, type ModelSpec, type RemedyResult, type StepSplit,
} from '../../engine/index.ts';
import { formatBytes, formatCount, formatNumber, formatRatio, formatSeconds, presetName, useText, type Lang, type Text } from '../../i18n/index.ts';
import { LiveTable, Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, usePredictMask, type SimFrameProps, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { PCIE_LINK, STOP_IDS, stopState, TP_DEGREES, type Inputs, type LinkChoice, type PhaseChoice, type State } from './inputs.ts';
import { boundText, familyChoice, familyText, phaseText, remedyText, shortRemedy, stopText, text } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const GIB = 2 ** 30;

/** The scenario the engine sees: TP 1 on chips without a link, tokens within the model's window. */
export function scenarioOf(s: State, model: ModelSpec, hw: HardwareSpec): BottleneckScenario {
  const tp = hw.intraNodeLink === null ? 1 : s.tp;
  const pcie = tp > 1 && s.link === 'pcie' && hw.intraNodeLink !== PCIE_LINK;
  return {
    phase: s.phase, batch: s.batch, tokens: Math.min(s.tokens, model.maxPositionEmbeddings), tp,
    ...(pcie ? { interconnect: PCIE_LINK } : {}),
  };
}

const sameState = (a: State, b: State) => (Object.keys(a) as (keyof State)[]).every((k) => a[k] === b[k]);

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { lang, t } = useText();
  const [hover, setHover] = useState<string | null>(null);
  const maskOnStage = usePredictMask();

  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const scenario = scenarioOf(s, model, hw);
    const a = bottleneckAnalysis(model, hw, scenario);
    return {
      model, hw, scenario, a,
      split: stepSplitDerivation(model, hw, scenario),
      fit: fitDerivation(model, hw, stepMemoryOptions(baselineStepOptions(scenario))),
      speedup: Object.fromEntries(REMEDY_IDS.map((id) => [id, remedySpeedupDerivation(a, id)])),
    };
  }, [s]);

  const hw = result.ok ? result.value.hw : null;
  const canSplit = hw !== null && hw.intraNodeLink !== null;
  const nativeIsPcie = hw?.intraNodeLink === PCIE_LINK;
  const linkName = (id: string) => presetName(getInterconnect(id), lang);
  const maxTokens = result.ok ? result.value.model.maxPositionEmbeddings : s.tokens;

  const stops = (
    <div className="bc-stops" role="group" aria-label={t(text.stops)}>
      <span className="ui-label">{t(text.stops)}</span>
      <div className="bc-stop-row">
        {STOP_IDS.map((id) => {
          const target = stopState(id, sim.base);
          return (
            <button key={id} type="button" className="ui-button bc-stop" aria-pressed={sameState(s, target)} onClick={() => set(target)}>
              {t(stopText[id])}
            </button>
          );
        })}
      </div>
    </div>
  );
  const tokensBinding = bind('tokens');
  const controls = (
    <>
      {stops}
      <Segmented<PhaseChoice> {...bind('phase')} options={[{ value: 'prefill', label: phaseText.prefill }, { value: 'decode', label: phaseText.decode }]} />
      <Slider {...bind('batch')} />
      <Segmented
        label={text.tp} value={String(canSplit ? s.tp : 1)} disabled={!canSplit}
        options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ tp: Number(v) })}
      />
      {!canSplit && <p className="bc-hint">{t(text.noLink)}</p>}
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(sim.specs.hardwareId.options())} />
      <Segmented<LinkChoice>
        {...bind('link')} value={nativeIsPcie ? 'native' : s.link} disabled={!canSplit || nativeIsPcie || s.tp === 1}
        options={[{ value: 'native', label: hw?.intraNodeLink ? linkName(hw.intraNodeLink) : '—' }, { value: 'pcie', label: text.pcieOnly }]}
      />
      <Slider
        {...tokensBinding} label={s.phase === 'prefill' ? text.promptLen : text.contextLen}
        max={maxTokens} value={Math.min(s.tokens, maxTokens)} stops={tokensBinding.stops.filter((v) => v <= maxTokens)}
      />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} footerUnder="chart" chart={<Notice kind="error" text={result.error} />} />;
  }
  return <SimFrame controls={controls} moreControls={moreControls} footerUnder="chart" {...loaded({ view, hover, setHover, t, lang, maskOnStage }, result.value)} />;
}

interface LoadedContext {
  readonly view: 'stage' | 'explore';
  readonly hover: string | null;
  readonly setHover: (id: string | null) => void;
  readonly t: (text: Text) => string;
  readonly lang: Lang;
  /** On stage, before the question is answered. */
  readonly maskOnStage: boolean;
}

interface Loaded {
  readonly value: {
    readonly model: ModelSpec;
    readonly hw: HardwareSpec;
    readonly scenario: BottleneckScenario;
    readonly a: ReturnType<typeof bottleneckAnalysis>;
    readonly split: ReturnType<typeof stepSplitDerivation>;
    readonly fit: ReturnType<typeof fitDerivation>;
    readonly speedup: Readonly<Record<string, ReturnType<typeof remedySpeedupDerivation>>>;
  };
}

/** The chart, readouts, question and table of a computed scenario (the frame and its controls stay mounted whatever the result). */
function loaded({ view, hover, setHover, t, lang, maskOnStage }: LoadedContext, value: Loaded['value']): Pick<SimFrameProps, 'chart' | 'readouts' | 'predict' | 'takeaway' | 'details'> {
  const { model, hw, scenario, a, split, fit, speedup } = value;
  const step = a.step;
  const baseFits = a.memory.fits;
  const hasQuestion = baseFits;
  const masked = hasQuestion && maskOnStage;
  const applicable = a.remedies.filter((r) => r.applicable);
  const fitting = applicable.filter((r) => r.memory?.fits === true);
  const best = baseFits ? a.remedies.find((r) => r.family === a.bestFamily && r.speedup === a.bestSpeedup) : undefined;
  const percentOf = (v: number) => Math.round((v / step.seconds) * 100);
  const boundSeconds = { compute: step.computeSeconds, memory: step.memorySeconds, communication: step.communicationSeconds }[step.bound];

  const timeSegments = (x: StepSplit) => [
    { id: 'compute', label: t(text.compute), value: x.computeSeconds, style: roles.compute },
    { id: 'memory', label: t(text.memory), value: x.memorySeconds, style: roles.memory },
    { id: 'communication', label: t(text.communication), value: x.communicationSeconds, style: roles.communication },
    { id: 'launch', label: t(text.launch), value: x.launchSeconds, style: roles.overhead },
  ];
  const remedyLabel = (r: RemedyResult) => (baseFits && !masked && r.speedup !== null ? `${t(shortRemedy[r.id])} ${formatRatio(r.speedup)}` : t(shortRemedy[r.id]));
  const timeBars = [
    ...(baseFits ? [{ id: 'baseline', label: t(text.baseline), segments: timeSegments(step) }] : []),
    ...fitting.map((r) => ({ id: r.id, label: remedyLabel(r), segments: timeSegments(r.split as StepSplit) })),
  ];
  const remedySummary = fitting.map((r) => `${t(shortRemedy[r.id])} ${ms(r.seconds as number)}${baseFits ? ` (${formatRatio(r.speedup as number)})` : ''}`).join(t(text.listSep));
  const timeSummary = masked
    ? t(text.maskedSummary)
    : t(text.timeSummary({ step: baseFits ? ms(step.seconds) : '—', bound: t(boundText[step.bound]), remedies: remedySummary }));

  const notFitting = [
    ...(baseFits ? [] : [{ name: t(text.baseline), over: -a.memory.free }]),
    ...applicable.filter((r) => r.memory?.fits === false).map((r) => ({ name: t(shortRemedy[r.id]), over: -(r.memory?.free ?? 0) })),
  ];
  const notice = notFitting.length > 0
    ? <Notice kind="warning" text={text.doesNotFit({ which: notFitting.map((n) => t(text.notFitItem(n.name, gib(n.over)))).join(t(text.listSep)) })} />
    : null;

  const timeChart = (width: number, height: number) => timeBars.length === 0 ? null : (
    <StackedBar
      width={width} height={height} label={timeSummary} bars={timeBars}
      axis={{ title: t(text.timeAxis), format: ms, tickUnit: 1e-3 }} valueFormat={ms}
      masked={masked ? t(text.masked) : undefined} maskedBars={REMEDY_IDS}
      highlightId={hover} onHoverSegment={setHover}
    />
  );
  const memBars = [
    { id: 'baseline', label: t(text.baseline), m: a.memory },
    ...applicable.filter((r) => r.family === 'memory' || r.family === 'compute').map((r) => ({ id: r.id, label: t(shortRemedy[r.id]), m: r.memory! })),
  ].map(({ id, label, m }) => ({
    id, label,
    segments: [
      { id: 'weights', label: t(text.weights), value: m.weights, style: roles.weights },
      { id: 'kv', label: t(text.kv), value: m.kv, style: roles.kvCache },
      { id: 'activations', label: t(text.activations), value: m.activations, style: roles.activations },
      { id: 'workspace', label: t(text.workspace), value: m.workspace, style: roles.overhead },
    ],
  }));
  const memChart = (width: number, height: number) => (
    <StackedBar
      width={width} height={height} label={t(text.memSummary({ total: gib(a.memory.total), usable: gib(a.memory.usable) }))} bars={memBars}
      capacity={{ value: a.memory.usable, label: t(text.usable(gib(a.memory.usable))) }}
      axis={{ title: t(text.memoryAxis), format: tickBytes('GiB'), tickUnit: GIB }} valueFormat={gib}
      overflowLabel={(x) => t(text.overBy(gib(x)))}
    />
  );

  const chart = (
    <>
      {notice}
      {timeBars.length > 0 && (
        <FitBox defaultWidth={900} defaultHeight={330} minWidth={view === 'stage' ? 320 : 640} minHeight={view === 'stage' ? 200 : 300} aspect={0.5}>
          {({ width, height }) => timeChart(width, height)}
        </FitBox>
      )}
      {view === 'explore' && (
        <FitBox defaultWidth={900} defaultHeight={280} minWidth={640} minHeight={260} aspect={0.4}>
          {({ width, height }) => memChart(width, height)}
        </FitBox>
      )}
    </>
  );

  const hoverTo = (sym: string | null) => setHover(sym === null ? null : ({ t_c: 'compute', t_m: 'memory', 't_{comm}': 'communication', 't_{launch}': 'launch' } as Record<string, string>)[sym] ?? null);
  const readouts = (
    <>
      <Stat
        label={text.stepTime} value={step.seconds} format={ms} emphasis derivation={split} onHoverTerm={hoverTo}
        error={baseFits ? undefined : text.baselineNoFit}
      />
      {baseFits && <p className="bc-fact">{t(text.boundLine(t(boundText[step.bound]), percentOf(boundSeconds)))}</p>}
      <Stat
        label={text.best} value={a.bestSpeedup} answers
        format={(v) => `${t(familyChoice[a.bestFamily])} ${formatRatio(v)}`}
        derivation={best ? speedup[best.id] ?? undefined : undefined}
        error={baseFits ? undefined : text.baselineNoFit}
      />
      <Stat
        label={text.free} value={a.memory.free} format={(v) => t(v >= 0 ? text.freeOk(gib(v)) : text.overBy(gib(-v)))}
        derivation={fit} quantity={{ bytes: 'GiB' }}
      />
    </>
  );

  const gpus = t(text.gpus({ tp: scenario.tp, device: hw.name.replace(/^NVIDIA /, ''), link: presetName(getInterconnect(scenario.interconnect ?? hw.intraNodeLink ?? PCIE_LINK), lang) }));
  const speedups = OPTIMISATION_FAMILIES.map((f) => `${t(familyChoice[f])} ${formatRatio(a.familySpeedup[f])}`).join(t(text.listSep));
  const predict = hasQuestion ? (
    <PredictFirst
      question={text.question({ phase: t(phaseText[scenario.phase]), model: model.name, gpus, batch: formatCount(scenario.batch), tokens: formatCount(scenario.tokens) })}
      choices={OPTIMISATION_FAMILIES.map((f) => ({ id: f, label: familyChoice[f] }))}
      answerId={a.bestFamily}
      explanation={text.explanation({ speedups, share: percentOf(boundSeconds), bound: t(boundText[step.bound]), family: t(familyText[a.bestFamily]) })}
    />
  ) : undefined;

  const isBest = (r: RemedyResult) => best !== undefined && r.id === best.id;
  const columns: TableColumn<RemedyResult>[] = [
    { id: 'technique', header: text.technique, sortable: false, align: 'start', rowHeader: true,
      value: (r) => `${isBest(r) ? '★ ' : ''}${t(familyChoice[r.family])}: ${t(remedyText[r.id])}${r.precision ? ` (${r.precision.toUpperCase()})` : ''}` },
    { id: 'time', header: text.time, unit: text.ms, sortable: false,
      value: (r) => (r.seconds === null ? t(text.notApplicable) : r.memory?.fits ? formatNumber(r.seconds * 1e3) : '—') },
    { id: 'speedup', header: text.speedup, sortable: false,
      value: (r) => (r.speedup === null ? t(text.notApplicable) : baseFits ? formatRatio(r.speedup) : '—') },
    { id: 'memory', header: text.memoryPerGpu, unit: 'GiB', sortable: false, value: (r) => (r.memory === null ? '—' : formatNumber(r.memory.total / GIB)) },
    { id: 'fits', header: text.fitsHeader, sortable: false, align: 'start',
      value: (r) => (r.memory === null ? '—' : r.memory.fits ? t(text.yes) : t(text.overBy(gib(-r.memory.free)))) },
  ];
  const details = <LiveTable caption={text.remedyTable} columns={columns} rows={a.remedies} rowKey={(r) => r.id} dense />;

  return { chart, readouts, predict, takeaway: text.takeaway, details };
}
