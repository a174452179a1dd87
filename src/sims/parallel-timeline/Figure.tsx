/**
 * 图10: per-GPU Gantt chart of tensor- and pipeline-parallel inference.
 * Stage: parallelism, phase, overlap (TP) or micro-batches (PP), topology;
 * step time, exposed communication or bubble, and — once the question is
 * answered — the step with overlap on (TP) or with the other micro-batch
 * count (PP), each with its derivation. Explore adds model, GPU, degree,
 * batch, context, transport, one all-reduce or send, the link used and the
 * throughput, and the memory per GPU with its work. A layout that does not
 * fit its GPUs' memory shows by how much and no step time, throughput or
 * timeline.
 */
import {
  collectiveDerivation, commStallDerivation, getHardware, commStepDerivation, parallelMemoryDerivation, pipelineBubbleDerivation, pipelineStepDerivation,
  stepThroughputDerivation, TOPOLOGIES, TRANSPORTS, type PpStep, type ParallelStep, type Topology, type TpStep, type Transport,
} from '../../engine/index.ts';
import { FitBox, roles, tickSeconds, type MarkStyle } from '../../charts/index.ts';
import { Gantt } from '../../charts/gantt/Gantt.tsx';
import type { GanttBarInput, GanttKind } from '../../charts/gantt/layout.ts';
import { formatBandwidth, formatBytes, formatChange, formatNumber, formatPercent, formatSeconds, presetName, useText, type Bilingual } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { DEGREES, HARDWARE_IDS, MICRO_BATCHES_MAX, MODEL_IDS, type Inputs } from './inputs.ts';
import { buildScenario, trendOf } from './scenario.ts';
import { text, topologyText, transportText } from './text.ts';

/** Micro-batch counts offered on stage. */
const MICRO_STOPS = [1, 2, 4, 8, 16] as const;
/** Layers drawn to scale; the rest are summarised after a "…" break. */
export const SHOWN_LAYERS = 4;
const style = (base: MarkStyle, over: Partial<MarkStyle>): MarkStyle => ({ ...base, ...over });

const kindStyles = {
  attention: roles.compute,
  mlp: style(roles.compute, { color: '#56B4E9', pattern: 'vertical', ink: '#000000' }),
  codec: roles.overhead,
  other: roles.baseline,
  allReduce: roles.communication,
  stage: roles.compute,
  send: roles.communication,
} as const;

function tpBars(e: TpStep, t: (b: Bilingual) => string): { bars: GanttBarInput[]; windowEnd: number } {
  const bars: GanttBarInput[] = [];
  let windowEnd = 0;
  const one: GanttBarInput[] = [];
  // Every task of the shown layers starts before the first attention two layers on (compute runs in order, and
  // each all-reduce finishes before the next layer's block that needs it): only those segments are built.
  const bound = e.timeline.firstStart('attention', SHOWN_LAYERS + 1);
  for (const s of e.timeline.segmentsBefore(Number.isNaN(bound) ? Infinity : bound)) {
    const m = s.meta;
    if (m.layer >= SHOWN_LAYERS || m.kind === 'head') continue;
    windowEnd = Math.max(windowEnd, s.endSeconds);
    const kind = m.kind === 'attention' || m.kind === 'mlp' ? m.kind : m.kind === 'all-reduce' ? 'allReduce' : m.kind === 'encode' || m.kind === 'decode' ? 'codec' : m.kind === 'background' ? null : 'other';
    if (kind === null) continue;
    const half = e.overlapApplied ? ['a', 'b'][m.microBatch] ?? '' : '';
    const layerNo = m.layer + 1;
    const short = kind === 'attention' ? `A${layerNo}${half}` : kind === 'mlp' ? `M${layerNo}${half}` : '';
    const name = t(kind === 'attention' ? text.attention : kind === 'mlp' ? text.mlp : kind === 'allReduce' ? text.allReduce : kind === 'codec' ? text.codec : text.other);
    const where = m.layer >= 0 ? ` L${layerNo}${half}` : '';
    one.push({ row: 0, lane: s.lane === 'compute' ? 0 : 1, startSeconds: s.startSeconds, endSeconds: s.endSeconds, kind, text: short,
      title: `${name}${where}: ${formatSeconds(s.endSeconds - s.startSeconds)}` });
  }
  for (let r = 0; r < e.topo.ranks; r++) for (const b of one) bars.push({ ...b, row: r });
  return { bars, windowEnd };
}

function ppBars(e: PpStep, t: (b: Bilingual) => string): GanttBarInput[] {
  return e.timeline.segments.map((s) => ({
    row: s.rank, lane: s.lane === 'compute' ? 0 : 1, startSeconds: s.startSeconds, endSeconds: s.endSeconds,
    kind: s.kind === 'send' ? 'send' : 'stage', text: String(s.microBatch + 1),
    title: `${t(s.kind === 'send' ? text.send : text.stage)} ${t(text.gpu(s.rank))} · #${s.microBatch + 1}: ${formatSeconds(s.endSeconds - s.startSeconds)}`,
  }));
}

const stepWork = (e: ParallelStep) => (e.mode === 'tp'
  ? commStepDerivation(e.params, e.timeline)
  : pipelineStepDerivation({ stageSeconds: e.stageSeconds, microBatches: e.microBatches, p2pSeconds: e.p2pSeconds, timeline: e.timeline }));

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const result = useEngine(() => buildScenario(s), [s]);

  const network = s.topology !== 'nvlink' && s.topology !== 'pcie';
  const microMax = Math.max(1, Math.min(MICRO_BATCHES_MAX, s.batch));
  const microBinding = bind('microBatches');
  const controls = (
    <>
      <Segmented {...bind('mode')} options={[{ value: 'tp', label: text.tp }, { value: 'pp', label: text.pp }]} />
      <Segmented {...bind('phase')} options={[{ value: 'decode', label: text.decode }, { value: 'prefill', label: text.prefill }]} />
      {s.mode === 'tp'
        ? <Toggle {...bind('overlap')} />
        : view === 'stage'
          // On stage the story's counts as one row of buttons; explore has the slider and any count.
          ? <Segmented label={microBinding.label} value={String(s.microBatches)} onChange={(v) => set({ microBatches: Number(v) })}
            options={MICRO_STOPS.filter((v) => v <= microMax).map((v) => ({ value: String(v), label: String(v) }))} />
          : <Slider {...microBinding} value={Math.min(s.microBatches, microMax)} max={microMax} stops={microBinding.stops.filter((v) => v <= microMax)} />}
      <Select<Topology> {...bind('topology')} options={TOPOLOGIES.map((v) => ({ value: v, label: topologyText[v] }))} />
    </>
  );
  const moreControls = (
    <>
      <Segmented<Transport> {...bind('transport')} disabled={!network} options={TRANSPORTS.map((v) => ({ value: v, label: transportText[v] }))} />
      {!network && <p className="pt-hint">{t(text.transportNa)}</p>}
      <Select {...bind('modelId')} options={modelOptions(MODEL_IDS)} />
      <Select {...bind('hardwareId')} options={HARDWARE_IDS.map((id) => ({ value: id, label: getHardware(id).name }))} />
      <Segmented label={text.degree} value={String(s.degree)} options={DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ degree: Number(v) })} />
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { step: e, before, after, otherMicro } = result.value;
  const gib = (v: number) => formatBytes(v, 'GiB');
  const link = e.topo.networkLink ?? e.topo.intraLink;
  const linkReadout = (
    <Stat label={text.link} value={link.bandwidthBytesPerSecPerDirection} format={(v) => `${presetName(link, lang)} · ${formatBandwidth(v)}`} />
  );
  const mem = e.memory;
  const memoryReadout = (
    <Stat label={text.memory(gib(mem.usable))} value={mem.total} format={(v) => `${gib(v)} ${t(mem.fits ? text.fits : text.overByShort(gib(mem.overBytes)))}`}
      derivation={parallelMemoryDerivation(mem)} quantity={{ bytes: 'GiB' }} />
  );
  // A layout that does not fit its GPUs cannot run: it says by how much and shows no step time, throughput or timeline (issue #9 item 9).
  if (!mem.fits) {
    const what = text.layoutOf({ model: e.model.name, tp: e.mode === 'tp', gpus: e.topo.ranks, hardware: e.hw.name });
    const notFit = text.doesNotFit({ what, needs: gib(mem.total), usable: gib(mem.usable), over: gib(mem.overBytes) });
    return (
      <SimFrame
        controls={controls}
        moreControls={moreControls}
        chart={<Notice kind="warning" text={notFit} />}
        readouts={(
          <>
            <Stat label={text.stepTime} value={Number.NaN} format={(v) => formatSeconds(v)} error={text.notRun} emphasis />
            {memoryReadout}
          </>
        )}
        moreReadouts={(
          <>
            <Stat label={text.throughput} value={Number.NaN} format={(v) => formatNumber(v)} unit={text.tokPerS} error={text.notRun} />
            {linkReadout}
          </>
        )}
        takeaway={text.takeaway}
      />
    );
  }
  // The question's other side (PP: another micro-batch count) may not fit even when this one does.
  const otherNotFit = after.memory.fits ? undefined : text.otherNotFit(otherMicro, gib(after.memory.overBytes));
  const axis = { title: t(text.axis), format: tickSeconds };
  const lanes = [t(text.compute), t(text.comm)];
  const rows = Array.from({ length: e.topo.ranks }, (_, i) => t(text.gpu(i)));
  const phase = s.phase === 'decode' ? text.decode : text.prefill;
  const trend = trendOf(before.stepSeconds, after.stepSeconds);
  const change = formatChange((after.stepSeconds - before.stepSeconds) / before.stepSeconds);

  let chart;
  let readouts;
  let moreReadouts;
  let predict;
  if (e.mode === 'tp') {
    const { bars, windowEnd } = tpBars(e, t);
    const kinds: GanttKind[] = [
      { id: 'attention', label: t(text.attention), style: kindStyles.attention },
      { id: 'mlp', label: t(text.mlp), style: kindStyles.mlp },
      { id: 'allReduce', label: t(text.allReduce), style: kindStyles.allReduce },
      ...(e.timeline.codecSeconds > 0 ? [{ id: 'codec', label: t(text.codec), style: kindStyles.codec }] : []),
      { id: 'other', label: t(text.other), style: kindStyles.other },
    ];
    const more = e.layers - SHOWN_LAYERS;
    const tail = more > 0 ? [...text.tailMore(more, e.layers).map((b) => t(b)), formatSeconds(e.stepSeconds)] : [formatSeconds(e.stepSeconds)];
    const summary = t(text.tpSummary({ layers: Math.min(SHOWN_LAYERS, e.layers), gpus: e.topo.ranks, step: formatSeconds(e.stepSeconds), exposed: formatSeconds(e.exposedCommSeconds), ar: formatSeconds(e.allReduceSeconds) }));
    chart = (
      <FitBox defaultWidth={800} defaultHeight={440} minWidth={600} minHeight={260} aspect={0.75}>
        {({ width, height }) => <Gantt width={width} height={height} label={summary} rows={rows} lanes={lanes} bars={bars} kinds={kinds} window={[0, windowEnd]} axis={axis} tail={tail} />}
      </FitBox>
    );
    const on = after as TpStep;
    readouts = (
      <>
        <Stat label={text.stepTime} value={e.stepSeconds} format={(v) => formatSeconds(v)} derivation={stepWork(e)} emphasis />
        <Stat label={text.exposed} value={e.exposedCommSeconds} format={(v) => formatSeconds(v)} derivation={commStallDerivation(e.params, e.timeline)} />
        <Stat label={text.withOverlap} value={on.stepSeconds} format={(v) => formatSeconds(v)} baseline={before.stepSeconds} baselineLabel={text.withoutOverlap}
          derivation={stepWork(on)} answers />
      </>
    );
    moreReadouts = (
      <>
        <Stat label={text.oneAllReduce} value={e.allReduceSeconds} format={(v) => `${formatSeconds(v)} · ${formatBytes(e.allReduceBytes, 'decimal')}`} derivation={collectiveDerivation(e.allReduce)} />
        <Stat label={text.throughput} value={e.tokensPerSecond} format={(v) => formatNumber(v)} unit={text.tokPerS} derivation={stepThroughputDerivation(e.tokensProcessed, e.stepSeconds)} />
      </>
    );
    const explanation = !on.overlapApplied
      ? text.noSplit
      : text.tpExplanation({ off: formatSeconds(before.stepSeconds), on: formatSeconds(on.stepSeconds), change, memoryBound: trend === 'slower' });
    predict = (
      <PredictFirst
        question={text.tpQuestion({ phase, batch: s.batch, topology: topologyText[s.topology] })}
        choices={[{ id: 'faster', label: text.faster }, { id: 'same', label: text.same }, { id: 'slower', label: text.slower }]}
        answerId={trend}
        explanation={explanation}
      />
    );
  } else {
    const kinds: GanttKind[] = [
      { id: 'stage', label: t(text.stage), style: kindStyles.stage },
      { id: 'send', label: t(text.send), style: kindStyles.send },
    ];
    const summary = t(text.ppSummary({ stages: e.topo.ranks, micro: e.microBatches, step: formatSeconds(e.stepSeconds), bubble: formatPercent(e.bubbleFraction) }));
    let first = 0;
    const rowsPp = rows.map((r, i) => {
      const from = first + 1;
      first += e.layersPerStage[i] ?? 0;
      return `${r} · L${from}–${first}`;
    });
    chart = (
      <FitBox defaultWidth={800} defaultHeight={440} minWidth={600} minHeight={260} aspect={0.75}>
        {({ width, height }) => <Gantt width={width} height={height} label={summary} rows={rowsPp} lanes={lanes} bars={ppBars(e, t)} kinds={kinds} window={[0, e.stepSeconds]} axis={axis}
          tail={[t(text.tailBubble), formatPercent(e.bubbleFraction)]} />}
      </FitBox>
    );
    const other = after as PpStep;
    const stage = { stageSeconds: e.stageSeconds, microBatches: e.microBatches, p2pSeconds: e.p2pSeconds, timeline: e.timeline };
    readouts = (
      <>
        <Stat label={text.stepTime} value={e.stepSeconds} format={(v) => formatSeconds(v)} derivation={stepWork(e)} emphasis />
        <Stat label={text.bubble} value={e.bubbleFraction} format={(v) => (view === 'stage' ? formatPercent(v) : t(text.bubbleValue(formatPercent(v), formatPercent(e.gpipeBubble))))} derivation={pipelineBubbleDerivation(stage)} />
        <Stat label={text.withMicro(other.microBatches)} value={otherNotFit ? Number.NaN : other.stepSeconds} format={(v) => formatSeconds(v)} baseline={e.stepSeconds}
          baselineLabel={text.vsNow} derivation={otherNotFit ? undefined : stepWork(other)} error={otherNotFit} answers={!otherNotFit} />
      </>
    );
    moreReadouts = (
      <>
        <Stat label={text.oneSend} value={e.p2pSeconds} format={(v) => `${formatSeconds(v)} · ${formatBytes(e.p2pBytes, 'decimal')}`} derivation={collectiveDerivation(e.p2p)} />
        <Stat label={text.exposed} value={e.exposedCommSeconds} format={(v) => formatSeconds(v)} />
        <Stat label={text.throughput} value={e.tokensPerSecond} format={(v) => formatNumber(v)} unit={text.tokPerS} derivation={stepThroughputDerivation(e.tokensProcessed, e.stepSeconds)} />
      </>
    );
    predict = otherNotFit ? undefined : (
      <PredictFirst
        question={text.ppQuestion({ phase, from: e.microBatches, to: otherMicro, stages: e.topo.ranks })}
        choices={[{ id: 'faster', label: text.faster }, { id: 'same', label: text.same }, { id: 'slower', label: text.slower }]}
        answerId={trend}
        explanation={text.ppExplanation({ now: formatSeconds(e.stepSeconds), then: formatSeconds(other.stepSeconds), change, bubbleNow: formatPercent(e.bubbleFraction), bubbleThen: formatPercent(other.bubbleFraction) })}
      />
    );
  }

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={<>{moreReadouts}{memoryReadout}{linkReadout}</>}
      predict={predict}
      takeaway={text.takeaway}
    />
  );
}
