/**
 * Data and task parallelism, four experiments behind one switch that stays
 * in place: the throughput–latency curve (continuous batching in steady
 * state), static vs continuous batching on a seeded stream, replicas vs
 * tensor parallelism on N GPUs, and a task pipeline. A configuration that
 * does not fit memory shows "does not fit" and by how much, never a
 * throughput or a latency. Stage: the switch and the experiment's one or two
 * controls, its chart and main readouts (each with its work); explore adds
 * model, device and every knob.
 */
import type { ReactNode } from 'react';
import { readingSpeedTpotSeconds, TOKENISER_SECONDS_PER_TOKEN, type BatchingPolicy, type PipelineStage } from '../../engine/index.ts';
import { FitBox, LineChart, roles, seriesStyle, tickNumber, tickSeconds, type LineSeriesInput } from '../../charts/index.ts';
import { LaneTimeline } from '../../charts/laneTimeline/LaneTimeline.tsx';
import { formatBytes, formatCount, formatNumber, formatPercent, formatRatio, formatSeconds, useText, type Bilingual } from '../../i18n/index.ts';
import { LiveTable, Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { GPU_CHOICES, PANELS, type Inputs, type PanelId } from './inputs.ts';
import {
  CURVE_BATCHES, curveAnswer, curveScenario, modelAndDevice, parallelScenario, pipelineScenario, streamScenario, type Fit, type State,
} from './scenario.ts';
import { PANEL_LABELS, text } from './text.ts';

const GIB = (v: number) => formatBytes(v, 'GiB');
const tokensPerSecond = (v: number) => `${formatNumber(v)} tokens/s`;
const STAGES: readonly PipelineStage[] = ['tokenise', 'prefill', 'decode', 'detokenise'];
const STAGE_LABEL: Record<PipelineStage, Bilingual> = { tokenise: text.tokenise, prefill: text.prefillGpu, decode: text.decodeGpu, detokenise: text.detokenise };
const STAGE_STYLE: Record<PipelineStage, ReturnType<typeof seriesStyle>> = { tokenise: seriesStyle(2), prefill: seriesStyle(4), decode: seriesStyle(0), detokenise: seriesStyle(3) };
const LANES: readonly { id: string; label: Bilingual }[] = [
  { id: 'cpu-in', label: text.laneCpuIn }, { id: 'gpu-prefill', label: text.lanePrefill }, { id: 'gpu-decode', label: text.laneDecode }, { id: 'cpu-out', label: text.laneCpuOut },
];

/** Every experiment's engine results; only the chosen one is computed. */
function compute(s: State) {
  const { model, hw } = modelAndDevice(s);
  switch (s.panel) {
    case 'curve': return { panel: 'curve' as const, model, hw, curve: curveScenario(model, hw, s.batch) };
    case 'stream': return { panel: 'stream' as const, model, hw, stream: streamScenario(model, hw, s) };
    case 'parallel': return { panel: 'parallel' as const, model, hw, parallel: parallelScenario(model, hw, s) };
    case 'pipeline': return { panel: 'pipeline' as const, model, hw, pipeline: pipelineScenario(model, hw, s) };
  }
}

interface Parts {
  readonly controls: ReactNode;
  readonly moreControls?: ReactNode;
  readonly chart: ReactNode;
  readonly readouts?: ReactNode;
  readonly moreReadouts?: ReactNode;
  readonly predict?: ReactNode;
  readonly notice?: ReactNode;
  readonly details?: ReactNode;
}

export function Figure({ state: s, set, bind, sim }: SimViewProps<Inputs>) {
  const { t } = useText();
  const masked = usePredictMask();
  const result = useEngine(() => compute(s), [s]);
  const panelSwitch = <Segmented<PanelId> {...bind('panel')} options={PANELS.map((p) => ({ value: p, label: PANEL_LABELS[p] }))} />;
  const common = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(sim.specs.hardwareId.options())} />
    </>
  );
  const reset = <SimReset onReset={sim.reset} />;
  const over = (fit: Fit, what: string) => (
    <Notice kind="warning" text={text.doesNotFit({ what, needs: GIB(fit.needs), usable: GIB(fit.usable), over: GIB(fit.needs - fit.usable) })} />
  );

  let parts: Parts;
  if (!result.ok) {
    parts = { controls: null, chart: <Notice kind="error" text={result.error} /> };
  } else if (result.value.panel === 'curve') {
    const { curve: c, model, hw } = result.value;
    const fitting = c.points.filter((p) => p.r.fits);
    const now = c.now;
    const mem = now.memory;
    const top = [...CURVE_BATCHES].filter((b) => b <= 128 && b <= Math.max(1, c.largest)).pop() ?? 1;
    const at = (b: number) => c.points.find((p) => p.batch === b)?.r;
    const p1 = at(1);
    const pTop = at(top);
    const reading = readingSpeedTpotSeconds();
    // The reading-speed line only where it falls near the curve (a 7B model's TPOT is far below it).
    const maxTpot = Math.max(0, ...fitting.map((p) => p.r.tpotSeconds), now.fits ? now.tpotSeconds : 0);
    const series: LineSeriesInput[] = masked ? [] : [
      { id: 'curve', label: t(text.curve), points: fitting.map((p) => ({ x: p.r.tpotSeconds, y: p.r.tokensPerSecond })), style: seriesStyle(0), markEvery: 1 },
    ];
    if (now.fits) series.push({ id: 'now', label: `${t(text.nowPt)} ${s.batch}`, points: [{ x: now.tpotSeconds, y: masked ? 1 : now.tokensPerSecond }], style: { ...roles.optimised, dash: '' }, markEvery: 1 });
    const chartLabel = masked ? t(text.curveMaskedSummary)
      : p1 === undefined || !p1.fits
        ? t(text.curveNoneFits(GIB((p1 ?? now).memory.total - (p1 ?? now).memory.usable)))
        : t(text.curveSummary({ points: fitting.length, limit: c.largest, tpot1: formatSeconds(p1.tpotSeconds), tput1: formatNumber(p1.tokensPerSecond) }));
    const chart = masked ? (
      <div className="bt-masked" role="img" aria-label={chartLabel}><p>{t(text.maskedChart)}</p></div>
    ) : (
      <FitBox defaultWidth={700} defaultHeight={400} minWidth={420} minHeight={240} aspect={0.7}>
        {({ width, height }) => (
          <LineChart
            width={width} height={height} label={chartLabel}
            x={{ title: t(text.xTpot), kind: 'linear', format: tickSeconds, includeZero: true }}
            y={{ title: t(text.yTput), kind: 'linear', format: tickNumber, includeZero: true }}
            series={series}
            xRefs={reading <= 1.5 * maxTpot ? [{ id: 'reading', value: reading, label: `${t(text.reading)} ${formatSeconds(reading)}` }] : []}
            readout={(label, x, y) => `${label}: TPOT ${formatSeconds(x)}, ${tokensPerSecond(y)}`}
          />
        )}
      </FitBox>
    );
    const notRun = now.fits ? undefined : text.notRun;
    parts = {
      controls: <Slider {...bind('batch')} />,
      chart,
      details: <p className="bt-note">{t(text.storyNote)}</p>,
      notice: now.fits ? undefined : over({ fits: false, needs: mem.total, usable: mem.usable }, t(text.batchOf(s.batch))),
      readouts: (
        <>
          <Stat label={text.throughput} value={now.fits ? now.tokensPerSecond : Number.NaN} format={formatNumber} unit="tokens/s" error={notRun} derivation={now.fits ? c.dThroughput : undefined} emphasis answers />
          <Stat label={text.tpot} value={now.fits ? now.tpotSeconds : Number.NaN} format={(v) => formatSeconds(v)} error={notRun} derivation={now.fits ? c.dTpot : undefined} />
          <Stat label={text.memory(GIB(mem.usable))} value={mem.total} format={(v) => `${GIB(v)} ${t(mem.total <= mem.usable ? text.fits : text.overByShort(GIB(mem.total - mem.usable)))}`} derivation={c.dMemory} quantity={{ bytes: 'GiB' }} />
        </>
      ),
      moreReadouts: (
        <>
          <Stat label={text.ttft} value={now.fits ? now.ttftSeconds : Number.NaN} format={(v) => formatSeconds(v)} error={notRun} derivation={now.fits ? c.dTtft : undefined} />
          <Stat label={text.kv} value={mem.kv} format={GIB} />
          <Stat label={text.largestBatch} value={c.largest} format={formatCount} />
        </>
      ),
      predict: p1 && pTop && p1.fits && pTop.fits ? (
        <PredictFirst
          question={text.question({ model: model.name, device: hw.name, top })}
          choices={[{ id: 'linear', label: text.qLinear }, { id: 'flat', label: text.qFlat }, { id: 'none', label: text.qNone }]}
          answerId={curveAnswer(p1.tokensPerSecond, pTop.tokensPerSecond, top)}
          explanation={text.explanation({ top, gain: formatRatio(pTop.tokensPerSecond / p1.tokensPerSecond), tpot1: formatSeconds(p1.tpotSeconds), tpotTop: formatSeconds(pTop.tpotSeconds) })}
        />
      ) : undefined,
    };
  } else if (result.value.panel === 'stream') {
    const r = result.value.stream;
    const run = r[s.policy];
    const d = r.derivations[s.policy];
    const policyLabel = s.policy === 'static' ? text.static : text.continuous;
    const domain: [number, number] = [0, Math.max(r.static.makespanSeconds, r.continuous.makespanSeconds)];
    const vsStatic = s.policy === 'continuous';
    parts = {
      controls: <Segmented<BatchingPolicy> {...bind('policy')} options={[{ value: 'static', label: text.static }, { value: 'continuous', label: text.continuous }]} />,
      moreControls: <><Slider {...bind('slots')} /><Slider {...bind('rate')} /><Slider {...bind('seed')} /></>,
      notice: r.fit.fits ? undefined : over(r.fit, t(text.slotsOf(s.slots))),
      chart: r.fit.fits ? (
        <>
          <FitBox defaultWidth={700} defaultHeight={400} minWidth={420} minHeight={240} aspect={0.6}>
            {({ width, height }) => (
              <LaneTimeline
                width={width} height={height}
                label={t(text.streamSummary({ policy: policyLabel, slots: run.slots, makespan: formatSeconds(run.makespanSeconds), util: formatPercent(run.slotUtilization) }))}
                lanes={Array.from({ length: run.slots }, (_, i) => ({ id: String(i), label: t(text.slot(i + 1)) }))}
                kinds={[
                  { id: 'prefill', label: t(text.prefill), style: roles.optimised },
                  { id: 'decode', label: t(text.decode), style: roles.compute },
                  { id: 'idle', label: t(text.idle), style: roles.idle },
                ]}
                timeTitle={t(text.time)} timeFormat={tickSeconds} timeDomain={domain}
                segments={run.segments.map((g) => ({ lane: String(g.slot), start: g.startSeconds, end: g.endSeconds, kind: g.activity, text: g.activity === 'decode' ? `#${g.requestId + 1}` : undefined }))}
              />
            )}
          </FitBox>
          <p className="bt-note">{t(text.streamNote)}</p>
        </>
      ) : <p className="bt-note">{t(text.streamNote)}</p>,
      readouts: r.fit.fits ? (
        <>
          <Stat label={text.streamTput} value={run.tokensPerSecond} format={tokensPerSecond} derivation={d.throughput}
            baseline={vsStatic ? r.static.tokensPerSecond : undefined} delta="ratio" baselineLabel={text.vsStatic} emphasis />
          <Stat label={text.meanTtft} value={run.meanTtftSeconds} format={(v) => formatSeconds(v)} derivation={d.ttft}
            baseline={vsStatic ? r.static.meanTtftSeconds : undefined} delta="ratio" baselineLabel={text.vsStatic} />
        </>
      ) : undefined,
      moreReadouts: r.fit.fits ? (
        <>
          <Stat label={text.makespan} value={run.makespanSeconds} format={(v) => formatSeconds(v)} baseline={vsStatic ? r.static.makespanSeconds : undefined} delta="ratio" baselineLabel={text.vsStatic} />
          <Stat label={text.meanLatency} value={run.meanLatencySeconds} format={(v) => formatSeconds(v)} baseline={vsStatic ? r.static.meanLatencySeconds : undefined} delta="ratio" baselineLabel={text.vsStatic} />
          <Stat label={text.util} value={run.slotUtilization} format={formatPercent} />
        </>
      ) : undefined,
    };
  } else if (result.value.panel === 'parallel') {
    const { rows, usable } = result.value.parallel;
    const first = rows[0];
    const last = rows.at(-1);
    const layoutName = (tp: number, r: number) => text.layoutOf(tp, r);
    const notRunCell = (fits: boolean, v: string) => (fits ? v : t(text.notRun));
    type Row = (typeof rows)[number];
    const columns: TableColumn<Row>[] = [
      { id: 'layout', header: text.layout, value: (r) => t(layoutName(r.row.tp, r.row.replicas)), align: 'start', rowHeader: true, sortable: false },
      { id: 'gb', header: text.groupBatch, value: (r) => r.row.groupBatch },
      { id: 'tpot', header: 'TPOT', value: (r) => notRunCell(r.row.fits, formatSeconds(r.row.tpotSeconds)), sortable: false },
      { id: 'comm', header: text.comm, value: (r) => notRunCell(r.row.fits, formatSeconds(r.row.communicationSeconds)), sortable: false },
      { id: 'tput', header: text.tput, unit: 'tokens/s', value: (r) => notRunCell(r.row.fits, formatNumber(r.row.tokensPerSecond)), sortable: false },
      { id: 'ttft', header: text.ttftPrompt, value: (r) => notRunCell(r.row.fits, formatSeconds(r.row.ttftSeconds)), sortable: false },
      { id: 'mem', header: text.memGpu, value: (r) => `${GIB(r.row.memoryPerGpuBytes)}${r.row.fits ? '' : ` ✕ +${GIB(r.row.memoryPerGpuBytes - usable)}`}`, sortable: false },
    ];
    const stat = (label: Bilingual, r: Row | undefined, kind: 'tpot' | 'tput', baseline?: Row) => {
      if (!r) return null;
      const fits = r.row.fits;
      const value = fits ? (kind === 'tpot' ? r.row.tpotSeconds : r.row.tokensPerSecond) : Number.NaN;
      const base = baseline && baseline.row.fits ? (kind === 'tpot' ? baseline.row.tpotSeconds : baseline.row.tokensPerSecond) : undefined;
      return (
        <Stat label={label} value={value} format={kind === 'tpot' ? (v) => formatSeconds(v) : tokensPerSecond}
          error={fits ? undefined : text.overBy(GIB(r.row.memoryPerGpuBytes - usable), GIB(usable))}
          derivation={fits ? (kind === 'tpot' ? r.dTpot : r.dThroughput) : undefined}
          baseline={base} delta="ratio" baselineLabel={text.vsReplicas} emphasis={kind === 'tpot' && baseline !== undefined} />
      );
    };
    const tpLayout = last ? layoutName(last.row.tp, last.row.replicas) : text.layout;
    const repLayout = first ? layoutName(first.row.tp, first.row.replicas) : text.layout;
    parts = {
      controls: <><Segmented<string> label={text.gpus} value={String(s.gpus)} options={GPU_CHOICES.map((g) => ({ value: String(g), label: String(g) }))} onChange={(v) => set({ gpus: Number(v) })} /><Slider {...bind('perGpuBatch')} /></>,
      chart: (
        <>
          <LiveTable caption={text.parallelCaption} rows={rows} rowKey={(r) => String(r.row.tp)} columns={columns} dense />
          {rows.length === 1 && <Notice kind="info" text={text.noTp} />}
        </>
      ),
      readouts: (
        <>
          {stat(text.tpotOf(repLayout), first, 'tpot')}
          {last !== first && stat(text.tpotOf(tpLayout), last, 'tpot', first)}
          {last !== first && stat(text.tputOf(tpLayout), last, 'tput', first)}
        </>
      ),
      moreReadouts: first ? stat(text.tputOf(repLayout), first, 'tput') : undefined,
    };
  } else {
    const p = result.value.pipeline;
    const run = s.pipelined ? p.pipelined : p.sequential;
    const lanes = s.pipelined ? LANES.map((l) => ({ id: l.id, label: t(l.label) })) : [{ id: 'single', label: t(text.singleLane) }];
    const hf = TOKENISER_SECONDS_PER_TOKEN * 1e9;
    parts = {
      controls: <><Toggle {...bind('pipelined')} /><Slider {...bind('jobs')} /></>,
      moreControls: (
        <>
          <Slider {...bind('jobBatch')} />
          <Slider {...bind('outputTokens')} />
          <Slider {...bind('cpuNsPerToken')} stops={[{ value: hf, label: text.hfTokenizers(formatNumber(hf)) }, 10000, 100000]} />
        </>
      ),
      notice: p.fit.fits ? undefined : over(p.fit, t(text.jobsOf(s.jobs, s.jobBatch))),
      chart: p.fit.fits ? (
        <FitBox defaultWidth={700} defaultHeight={360} minWidth={420} minHeight={200} aspect={0.5}>
          {({ width, height }) => (
            <LaneTimeline
              width={width} height={height}
              label={t(text.pipelineSummary({ pipelined: s.pipelined, jobs: s.jobs, makespan: formatSeconds(run.makespanSeconds), overlap: formatSeconds(run.overlapSeconds) }))}
              lanes={lanes}
              kinds={STAGES.map((st) => ({ id: st, label: t(STAGE_LABEL[st]), style: STAGE_STYLE[st] }))}
              timeTitle={t(text.time)} timeFormat={tickSeconds} timeDomain={[0, p.sequential.makespanSeconds]}
              segments={run.intervals.map((i) => ({ lane: i.resource, start: i.startSeconds, end: i.endSeconds, kind: i.stage, text: t(text.batchShort(i.job + 1)) }))}
            />
          )}
        </FitBox>
      ) : <span />,
      readouts: p.fit.fits ? (
        <>
          <Stat label={text.totalSequential} value={p.sequential.makespanSeconds} format={(v) => formatSeconds(v)} derivation={p.dSequential} />
          <Stat label={text.totalPipelined} value={p.pipelined.makespanSeconds} format={(v) => formatSeconds(v)} derivation={p.dPipelined}
            baseline={p.sequential.makespanSeconds} delta="ratio" baselineLabel={text.vsSequential} emphasis />
        </>
      ) : undefined,
      moreReadouts: p.fit.fits ? (
        <>
          <Stat label={text.overlap} value={p.pipelined.overlapSeconds} format={(v) => formatSeconds(v)} />
          <div className="ui-stat">
            <div className="ui-stat-label">{t(text.stageTimes)}</div>
            <ul className="bt-stages">{STAGES.map((st) => <li key={st}>{t(STAGE_LABEL[st])}: {formatSeconds(p.times[st])}</li>)}</ul>
          </div>
        </>
      ) : undefined,
    };
  }

  return (
    <SimFrame
      controls={<>{panelSwitch}{parts.controls}</>}
      moreControls={<>{common}{parts.moreControls}{reset}</>}
      chart={parts.chart}
      readouts={parts.readouts}
      moreReadouts={parts.moreReadouts}
      notice={parts.notice}
      details={parts.details}
      predict={parts.predict}
      takeaway={text.takeaway[s.panel]}
      footerUnder="chart"
    />
  );
}
