/** 图9: one TP step on a compute lane and a link lane, baseline above, the chosen methods below. */
import { useMemo } from 'react';
import { getHardware, getModel, listInterconnects, listModels } from '../../engine/index.ts';
import { presetLabel } from '../../i18n/engine/presets.ts';
import type { CommMethodsResult, CompressionKind } from '../../engine/comm/commMethodsTimeline.ts';
import { CommGantt } from '../../charts/commGantt/CommGantt.tsx';
import type { GanttBarInput } from '../../charts/commGantt/layout.ts';
import { roles, type MarkStyle } from '../../charts/index.ts';
import {
  Notice, PredictFirst, Segmented, Select, SimLayout, Slider, Stat, Toggle, formatBytes, formatChange, formatCount, formatNumber, formatPercent, formatSeconds, useText,
} from '../../ui/index.ts';
import { buildScenario } from './scenario.ts';
import { HARDWARE, TP_DEGREES, setInputs, useCommMethods, type CommMethodsInputs } from './store.ts';
import { text } from './text.ts';

const WINDOW_LAYERS = 2;

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

const short: Record<string, string> = { attention: 'A', mlp: 'P', 'all-reduce': 'AR', background: 'bg', encode: 'enc', decode: 'dec', embed: 'emb', head: 'head' };

function bars(r: CommMethodsResult): GanttBarInput[] {
  return r.segments.map((s) => ({
    lane: s.lane, kind: s.meta.kind, startSeconds: s.startSeconds, endSeconds: s.endSeconds,
    label: `${short[s.meta.kind] ?? s.meta.kind}${s.meta.layer >= 0 && (s.meta.kind === 'attention' || s.meta.kind === 'mlp') ? s.meta.layer : ''}`,
  }));
}

function windowEnd(r: CommMethodsResult): number {
  const next = r.segments.find((s) => s.lane === 'compute' && s.meta.layer === WINDOW_LAYERS && (s.meta.kind === 'attention'));
  return next ? next.startSeconds : r.stepSeconds;
}

const predictInputs = (s: CommMethodsInputs): CommMethodsInputs => ({ ...s, phase: 'decode', batch: 8, compression: 'none', async: false, chunked: false, priority: false, merging: false });

export function Figure({ rejected, onReset }: { rejected: string[]; onReset: () => void }) {
  const { t } = useText();
  const s = useCommMethods();
  const scenario = useMemo(() => buildScenario(s), [s]);
  // The predict-first answer ignores the phase, batch and methods chosen, so
  // it is recomputed only when the inputs it does use change (each scenario
  // costs a full two-lane schedule).
  const predictKey = JSON.stringify(predictInputs(s));
  const predict = useMemo(() => {
    const inputs = JSON.parse(predictKey) as CommMethodsInputs;
    const off = buildScenario(inputs);
    const on = buildScenario({ ...inputs, compression: 'int8' });
    return off.ok && on.ok ? (on.value.current.stepSeconds - off.value.current.stepSeconds) / off.value.current.stepSeconds : null;
  }, [predictKey]);
  const model = getModel(s.modelId);

  const controls = (
    <>
      <Select label={text.model} value={s.modelId} onChange={(v) => setInputs({ modelId: v })} options={listModels().map((m) => ({ value: m.id, label: m.name }))} />
      <Select label={text.link} value={s.linkId} onChange={(v) => setInputs({ linkId: v })} options={listInterconnects().map((l) => ({ value: l.id, label: presetLabel(l) }))} />
      <Select label={text.hardware} value={s.hardwareId} onChange={(v) => setInputs({ hardwareId: v })} options={HARDWARE.map((id) => ({ value: id, label: getHardware(id).name }))} />
      <Segmented label={text.tp} value={String(s.tp)} onChange={(v) => setInputs({ tp: Number(v) })} options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} />
      <Segmented label={text.phase} value={s.phase} onChange={(v) => setInputs({ phase: v })} options={[{ value: 'prefill', label: text.prefill }, { value: 'decode', label: text.decode }]} />
      <Slider label={text.batch} value={s.batch} min={1} max={256} step={1} log stops={[1, 8, 32]} onChange={(v) => setInputs({ batch: v })} />
      <Slider label={text.prompt} value={s.promptTokens} min={16} max={16384} step={1} log stops={[256, 1024, 4096]} unit={{ zh: 'token', en: 'tokens' }} onChange={(v) => setInputs({ promptTokens: v })} />
      <Segmented<CompressionKind> label={text.compression} value={s.compression} onChange={(v) => setInputs({ compression: v })}
        options={[{ value: 'none', label: text.none }, { value: 'int8', label: text.int8 }, { value: 'fp8', label: text.fp8 }, { value: 'topk', label: text.topk }]} />
      {s.compression === 'topk' && (
        <Slider label={text.density} value={s.topkDensity} min={0.001} max={1} log stops={[0.01, 0.1, 0.5]} format={(v) => formatPercent(v)} onChange={(v) => setInputs({ topkDensity: v })} />
      )}
      <Toggle label={text.async} checked={s.async} onChange={(v) => setInputs({ async: v })} />
      <Toggle label={text.chunked} checked={s.chunked} onChange={(v) => setInputs({ chunked: v })} />
      {s.chunked && <Slider label={text.chunks} value={s.chunks} min={1} max={64} step={1} log stops={[2, 8, 32]} onChange={(v) => setInputs({ chunks: v })} />}
      <Toggle label={text.priority} checked={s.priority} onChange={(v) => setInputs({ priority: v })} />
      <Toggle label={text.merging} checked={s.merging} onChange={(v) => setInputs({ merging: v })} />
      {s.merging && <Slider label={text.bucket} value={s.bucketBytes} min={1e4} max={1e8} log format={(v) => formatBytes(v)} stops={[1e5, 1e6, 2.5e7]} onChange={(v) => setInputs({ bucketBytes: Math.round(v) })} />}
      <Slider label={text.background} value={s.backgroundBytes} min={0} max={256e6} step={1e6} format={(v) => formatBytes(v)} stops={[0, 16e6, 64e6]} onChange={(v) => setInputs({ backgroundBytes: v })} />
      <Slider label={text.page} value={s.pageBytes} min={4e3} max={4e6} log format={(v) => formatBytes(v)} stops={[16e3, 64e3, 256e3]} onChange={(v) => setInputs({ pageBytes: Math.round(v) })} />
      <button type="button" className="ui-button ui-reset" data-action="sim-reset" onClick={onReset}><span aria-hidden="true">↺ </span>{t(text.reset)}</button>
    </>
  );

  if (!scenario.ok) {
    return <SimLayout controls={controls} chart={<Notice kind="error" text={scenario.error} />} />;
  }
  const { baseline, current, sweep, params } = scenario.value;
  const end = Math.max(windowEnd(baseline), windowEnd(current));
  const ms = (v: number) => formatNumber(v * 1e3);
  const topkWorse = s.compression === 'topk' && current.messageBytes >= params.allReduceBytes / (s.async && current.split ? 2 : 1) / (s.chunked ? s.chunks : 1);

  const chart = (
    <div className="comm-methods-chart">
      <CommGantt width={860} height={470}
        label={t(text.chartLabel(formatSeconds(baseline.stepSeconds), formatSeconds(current.stepSeconds)))}
        rows={[{ id: 'base', label: t(text.baselineRow), bars: bars(baseline) }, { id: 'now', label: t(text.optimisedRow), bars: bars(current) }]}
        window={[0, end]} laneLabels={{ compute: t(text.computeLane), link: t(text.linkLane) }}
        axisTitle={t(text.axis(WINDOW_LAYERS, model.numLayers))} format={ms} styleOf={styleOf} />
      <p className="comm-methods-note">{t(text.legend)}</p>
    </div>
  );

  const outputs = (
    <>
      <Stat label={text.step} value={current.stepSeconds} format={(v) => formatSeconds(v)} baseline={baseline.stepSeconds} baselineLabel={text.vsBaseline} emphasis />
      <Stat label={text.stall} value={current.stallSeconds} format={(v) => formatSeconds(v)} baseline={baseline.stallSeconds} baselineLabel={text.vsBaseline} />
      <Stat label={text.stallShare} value={current.stallSeconds / current.stepSeconds} format={(v) => formatPercent(v)} />
      <Stat label={text.messageBytes} value={current.messageBytes} format={(v) => formatBytes(v)} />
      <Stat label={text.messages} value={current.linkMessages} format={(v) => formatCount(v)} baseline={baseline.linkMessages} baselineLabel={text.vsBaseline} />
      {current.codecSeconds > 0 && <Stat label={text.codec} value={current.codecSeconds} format={(v) => formatSeconds(v)} />}
      {sweep && <Stat label={text.bestChunks} value={sweep.best} format={(v) => `c = ${formatCount(v)} · ${formatSeconds(sweep.points.find((p) => p.chunks === v)?.stepSeconds ?? Number.NaN)}`} />}
    </>
  );

  return (
    <SimLayout
      controls={controls}
      chart={chart}
      outputs={outputs}
      takeaway={text.takeaway}
      footer={
        <>
          {topkWorse && <Notice kind="warning" text={text.topkWorse} />}
          {s.async && !current.split && <Notice kind="info" text={text.noSplit} />}
          {s.async && current.split && current.computeBusySeconds > baseline.computeBusySeconds + (baseline.stallSeconds - current.stallSeconds) && <Notice kind="info" text={text.asyncSlower} />}
          {rejected.length > 0 && <Notice kind="warning" text={text.presetRejected(rejected.join(', '))} />}
          {predict !== null && (
            <PredictFirst question={text.question} answerId={Math.abs(predict) > 0.05 ? 'big' : 'small'}
              choices={[{ id: 'big', label: text.qBig }, { id: 'small', label: text.qSmall }]}
              explanation={text.explanation(formatChange(predict))} />
          )}
        </>
      }
    />
  );
}
