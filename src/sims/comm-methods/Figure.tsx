/**
 * 图9: one tensor-parallel step on a compute lane and a link lane, baseline
 * above, the chosen methods below. Stage: the five method switches and the
 * phase; step time and stall against the baseline with their derivations;
 * "does INT8 cut the step by more than 5 %?" asked before the lower timeline
 * and the readouts are shown. Explore adds the model, link, GPU, TP degree,
 * batch, prompt, each method's setting, the background transfer and the
 * memory per GPU with its work. A layout that does not fit its GPUs' memory
 * shows by how much and no step time or timeline.
 */
import { getHardware, getInterconnect, getModel, type CommMethodsResult, type CompressionKind, COMPRESSION_KINDS } from '../../engine/index.ts';
import { CommGantt } from '../../charts/commGantt/CommGantt.tsx';
import type { GanttBarInput } from '../../charts/commGantt/layout.ts';
import { FitBox, roles, type MarkStyle } from '../../charts/index.ts';
import { formatBytes, formatChange, formatCount, formatNumber, formatPercent, formatSeconds, presetName, useText } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { linkOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { HARDWARE, TP_DEGREES, type Inputs, type PhaseId } from './inputs.ts';
import { MemoryStat, NotFitNotice } from './Memory.tsx';
import { useEngineSteps } from '../_protocol/useEngineSteps.ts';
import { buildScenario, stallWork, stepWork, sweepSteps } from './scenario.ts';
import { compressionLabel, text } from './text.ts';

const WINDOW_LAYERS = 2;
/** "Does INT8 help?" is answered yes when it cuts the step by more than this share. */
const BIG_CHANGE = 0.05;

export function styleOf(kind: string): MarkStyle {
  switch (kind) {
    case 'all-reduce': return roles.communication;
    case 'background': return roles.memory;
    case 'encode':
    case 'decode': return roles.overhead;
    case 'idle': return roles.idle;
    default: return roles.compute;
  }
}

const SHORT: Record<string, string> = { attention: 'A', mlp: 'P', 'all-reduce': 'AR', background: 'bg', encode: 'enc', decode: 'dec', embed: 'emb', head: 'head' };

/** The bars that start inside the window (the step can have tens of thousands of tasks; only these are built). */
function bars(r: CommMethodsResult, end: number): GanttBarInput[] {
  return r.segmentsBefore(end).map((s) => ({
    lane: s.lane, kind: s.meta.kind, startSeconds: s.startSeconds, endSeconds: s.endSeconds,
    label: `${SHORT[s.meta.kind] ?? s.meta.kind}${s.meta.layer >= 0 && (s.meta.kind === 'attention' || s.meta.kind === 'mlp') ? s.meta.layer : ''}`,
  }));
}

function windowEnd(r: CommMethodsResult): number {
  const next = r.firstStart('attention', WINDOW_LAYERS);
  return Number.isNaN(next) ? r.stepSeconds : next;
}

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const masked = usePredictMask();
  const result = useEngine(() => buildScenario(s), [s]);
  // The best chunk count is explore-only and a sweep of seven timelines: it runs after the frame, one per task.
  const sweepParams = view === 'explore' && result.ok ? result.value.sweep : null;
  const sweepRun = useEngineSteps(() => sweepSteps(sweepParams), [sweepParams]);
  const sweepPoints = sweepRun.values.flatMap((v) => (v?.ok ? [v.value] : []));
  const sweepBest = sweepRun.done && sweepPoints.length > 0 ? sweepPoints.reduce((a, b) => (b.stepSeconds < a.stepSeconds ? b : a)) : null;

  const compressionOptions = COMPRESSION_KINDS.map((k) => ({ value: k, label: compressionLabel[k] }));
  const phases = [{ value: 'prefill' as const, label: text.prefill }, { value: 'decode' as const, label: text.decode }];
  const controls = (
    <>
      <fieldset className="cm-methods" aria-label={t(text.methods)}>
        <Segmented<CompressionKind> {...bind('compression')} options={compressionOptions} />
        <Toggle {...bind('async')} />
        <Toggle {...bind('chunked')} />
        <Toggle {...bind('priority')} />
        <Toggle {...bind('merging')} />
      </fieldset>
      <Segmented<PhaseId> {...bind('phase')} options={phases} />
    </>
  );
  const moreControls = (
    <>
      {s.compression === 'topk' && <Slider {...bind('topkPercent')} />}
      {s.chunked && <Slider {...bind('chunks')} />}
      {s.merging && <Slider {...bind('bucketBytes')} format={(v) => formatBytes(v, 'decimal')} />}
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('linkId')} options={linkOptions()} />
      <Select {...bind('hardwareId')} options={HARDWARE.map((id) => ({ value: id, label: getHardware(id).name }))} />
      <Segmented label={text.tp} value={String(s.tp)} onChange={(v) => set({ tp: Number(v) })} options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} />
      <Slider {...bind('batch')} />
      <Slider {...bind('promptTokens')} />
      <Slider {...bind('backgroundBytes')} format={(v) => formatBytes(v, 'decimal')} />
      <Slider {...bind('pageBytes')} format={(v) => formatBytes(v, 'decimal')} />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { baseline, current, withInt8, withoutCompression, params, memory } = result.value;
  // A layout that does not fit its GPUs cannot run: by how much, and no step time or timeline (issue #9 item 9).
  if (!memory.fits) {
    return (
      <SimFrame
        controls={controls}
        moreControls={moreControls}
        chart={<NotFitNotice state={s} memory={memory} />}
        readouts={(
          <>
            <Stat label={text.step} value={Number.NaN} format={(v) => formatSeconds(v)} error={text.notRun} emphasis />
            <MemoryStat memory={memory} />
          </>
        )}
        takeaway={text.takeaway}
      />
    );
  }
  const model = getModel(s.modelId);
  const end = masked ? windowEnd(baseline.result) : Math.max(windowEnd(baseline.result), windowEnd(current.result));
  const ms = (v: number) => formatNumber(v * 1e3);
  const cur = current.result;
  const base = baseline.result;
  const topkWorse = s.compression === 'topk' && cur.messageBytes >= params.allReduceBytes / (s.async && cur.split ? 2 : 1) / (s.chunked ? s.chunks : 1);

  const chart = (
    <>
      <FitBox defaultWidth={860} defaultHeight={380} minHeight={260} aspect={0.5}>
        {({ width, height }) => (
          <CommGantt width={width} height={height}
            label={t(masked ? text.chartLabelMasked(formatSeconds(base.stepSeconds)) : text.chartLabel(formatSeconds(base.stepSeconds), formatSeconds(cur.stepSeconds)))}
            rows={[
              { id: 'base', label: t(text.baselineRow), bars: bars(base, end) },
              { id: 'now', label: t(masked ? text.optimisedMasked : text.optimisedRow), bars: masked ? [] : bars(cur, end) },
            ]}
            window={[0, end]} laneLabels={{ compute: t(text.computeLane), link: t(text.linkLane) }}
            axisTitle={t(text.axis(WINDOW_LAYERS, model.numLayers))} format={ms} styleOf={styleOf} labelWidth={110} />
        )}
      </FitBox>
      <p className="cm-note">{t(text.legend)}</p>
    </>
  );

  const readouts = (
    <>
      <Stat label={text.step} value={cur.stepSeconds} format={(v) => formatSeconds(v)} baseline={base.stepSeconds} baselineLabel={text.vsBaseline}
        derivation={stepWork(current)} emphasis answers />
      <Stat label={text.stall} value={cur.stallSeconds} format={(v) => formatSeconds(v)} baseline={base.stallSeconds} baselineLabel={text.vsBaseline}
        derivation={stallWork(current)} answers />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.stallShare} value={cur.stallSeconds / cur.stepSeconds} format={(v) => formatPercent(v)} />
      <Stat label={text.messageBytes} value={cur.messageBytes} format={(v) => formatBytes(v, 'decimal')} />
      <Stat label={text.messages} value={cur.linkMessages} format={(v) => formatCount(v)} baseline={base.linkMessages} baselineLabel={text.vsBaseline} />
      {cur.codecSeconds > 0 && <Stat label={text.codec} value={cur.codecSeconds} format={(v) => formatSeconds(v)} />}
      <MemoryStat memory={memory} />
      {/* '—' until the sweep has run, a frame or so after the change. */}
      {sweepParams && <Stat label={text.bestChunks} value={sweepBest?.chunks ?? Number.NaN} format={(v) => `c = ${formatCount(v)} · ${formatSeconds(sweepBest?.stepSeconds ?? Number.NaN)}`} />}
    </>
  );

  const change = (withInt8.result.stepSeconds - withoutCompression.result.stepSeconds) / withoutCompression.result.stepSeconds;
  const big = change < -BIG_CHANGE;
  const stallShare = withoutCompression.result.stallSeconds / withoutCompression.result.stepSeconds;
  const predict = (
    <PredictFirst
      question={text.question({ model: model.name, phase: s.phase === 'prefill' ? text.prefill : text.decode, link: presetName(getInterconnect(s.linkId), lang) })}
      choices={[{ id: 'big', label: text.qBig }, { id: 'small', label: text.qSmall }]}
      answerId={big ? 'big' : 'small'}
      explanation={text.explanation({ change: formatChange(change), commShare: formatPercent(stallShare), big })}
    />
  );
  const notices = [
    topkWorse && <Notice key="topk" kind="warning" text={text.topkWorse} />,
    s.async && !cur.split && <Notice key="split" kind="info" text={text.noSplit} />,
    !masked && s.async && cur.split && cur.computeBusySeconds > base.computeBusySeconds + (base.stallSeconds - cur.stallSeconds) && <Notice key="slower" kind="info" text={text.asyncSlower} />,
  ].filter(Boolean);

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway}
      notice={notices.length > 0 && view === 'explore' ? <>{notices}</> : undefined}
    />
  );
}
