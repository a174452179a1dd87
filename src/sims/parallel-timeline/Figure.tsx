import { useMemo } from 'react';
import { collectiveDerivation, getModel, listHardware, listModels } from '../../engine/index.ts';
import type { LabelledDerivation } from '../../i18n/engine/derivations.ts';
import { TOPOLOGIES, type Topology } from '../../engine/comm/parallelTopology.ts';
import { TRANSPORTS, type Transport } from '../../engine/comm/transport.ts';
import { roles, tickSeconds, type MarkStyle } from '../../charts/index.ts';
import { Gantt } from '../../charts/gantt/Gantt.tsx';
import type { GanttBarInput, GanttKind } from '../../charts/gantt/layout.ts';
import {
  Notice, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, Toggle,
  formatBytes, formatPercent, formatSeconds, formatNumber, useText, type Bilingual,
} from '../../ui/index.ts';
import { errorText } from '../_shared/errorText.ts';
import { evaluate, type Evaluation, type PpEvaluation, type TpEvaluation } from './model.ts';
import { DEGREES, HARDWARE_IDS, MODEL_IDS, PARALLEL_TIMELINE_DEFAULTS, useParallelTimeline, type Mode, type PhaseId } from './store.ts';
import { text, topologyText, transportText } from './text.ts';

/** Layers drawn to scale; the rest are summarised after a "…" break. */
export const SHOWN_LAYERS = 4;
const CHART = { width: 800, height: 540 } as const;
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

function tpBars(e: TpEvaluation, t: (b: Bilingual) => string): { bars: GanttBarInput[]; windowEnd: number } {
  const bars: GanttBarInput[] = [];
  let windowEnd = 0;
  const one: GanttBarInput[] = [];
  for (const s of e.timeline.segments) {
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

function ppBars(e: PpEvaluation, t: (b: Bilingual) => string): GanttBarInput[] {
  return e.timeline.segments.map((s) => ({
    row: s.rank, lane: s.lane === 'compute' ? 0 : 1, startSeconds: s.startSeconds, endSeconds: s.endSeconds,
    kind: s.kind === 'send' ? 'send' : 'stage', text: String(s.microBatch + 1),
    title: `${t(s.kind === 'send' ? text.send : text.stage)} GPU ${s.rank} · #${s.microBatch + 1}: ${formatSeconds(s.endSeconds - s.startSeconds)}`,
  }));
}

function bubbleDerivation(e: PpEvaluation): LabelledDerivation {
  const p = e.topo.ranks;
  return {
    id: 'pipeline-bubble',
    title: { zh: '流水线气泡比例', en: 'Pipeline bubble fraction' },
    tex: '\\text{bubble} = 1 - \\frac{\\sum_s m\\,t_s}{p\\,T} \\;\\approx\\; \\frac{p-1}{m+p-1}',
    terms: [
      { symbol: 'p', value: p, unit: 'count', label: { zh: '流水线段数（GPU 数）', en: 'stages (GPUs)' } },
      { symbol: 'm', value: e.microBatches, unit: 'count', label: { zh: '微批次数', en: 'micro-batches' } },
      { symbol: 'T', value: e.stepSeconds, unit: 's', label: { zh: '一步总时间', en: 'step time' } },
      { symbol: '\\frac{p-1}{m+p-1}', value: e.gpipeBubble, unit: 'ratio', label: { zh: 'GPipe 公式（等长段、传输免费）', en: 'GPipe formula (equal stages, free sends)' } },
    ],
    result: { value: e.bubbleFraction, unit: 'ratio' },
    source: 'huang-2019-gpipe',
  };
}

function useStoryAnswer() {
  return useMemo(() => {
    const off = evaluate(PARALLEL_TIMELINE_DEFAULTS).stepSeconds;
    const on = evaluate(PARALLEL_TIMELINE_DEFAULTS, { overlap: true }).stepSeconds;
    const answer = on < off * 0.97 ? 'faster' : on > off * 1.03 ? 'slower' : 'same';
    return { off, on, answer };
  }, []);
}

export function Figure({ notice }: { notice: boolean }) {
  const s = useParallelTimeline();
  const set = useParallelTimeline.setState;
  const { t, lang } = useText();
  const story = useStoryAnswer();
  const result = useMemo((): { ok: true; e: Evaluation } | { ok: false; error: Bilingual } => {
    try {
      return { ok: true, e: evaluate(s) };
    } catch (err) {
      return { ok: false, error: errorText(err) };
    }
  }, [s]);

  const maxTokens = Math.min(8192, getModel(s.modelId).maxPositionEmbeddings);
  const network = s.topology !== 'nvlink' && s.topology !== 'pcie';
  const controls = (
    <>
      <Select label={text.model} value={s.modelId} options={listModels().filter((m) => (MODEL_IDS as readonly string[]).includes(m.id)).map((m) => ({ value: m.id, label: m.name }))} onChange={(modelId) => set({ modelId })} />
      <Select label={text.hardware} value={s.hardwareId} options={listHardware().filter((h) => (HARDWARE_IDS as readonly string[]).includes(h.id)).map((h) => ({ value: h.id, label: h.name }))} onChange={(hardwareId) => set({ hardwareId })} />
      <Segmented<Mode> label={text.mode} value={s.mode} options={[{ value: 'tp', label: text.tp }, { value: 'pp', label: text.pp }]} onChange={(mode) => set({ mode })} />
      <Segmented<PhaseId> label={text.phase} value={s.phase} options={[{ value: 'decode', label: text.decode }, { value: 'prefill', label: text.prefill }]} onChange={(phase) => set({ phase })} />
      <Segmented label={text.degree} value={String(s.degree)} options={DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ degree: Number(v) })} />
      <Slider label={text.batch} value={s.batch} min={1} max={256} step={1} log stops={[1, 4, 16, 64]} onChange={(batch) => set({ batch })} />
      <Slider label={s.phase === 'prefill' ? text.tokensPrefill : text.tokensDecode} value={Math.min(s.tokens, maxTokens)} min={16} max={maxTokens} step={1} log unit={text.tokens}
        stops={[128, 512, 1024, 4096].filter((v) => v <= maxTokens)} onChange={(tokens) => set({ tokens })} />
      {s.mode === 'tp'
        ? <Toggle label={text.overlap} checked={s.overlap} onChange={(overlap) => set({ overlap })} />
        : <Slider label={text.microBatches} value={Math.min(s.microBatches, s.batch)} min={1} max={Math.max(1, Math.min(64, s.batch))} step={1} stops={[1, 4, 8, 16].filter((v) => v <= s.batch)} onChange={(microBatches) => set({ microBatches })} />}
      <Select<Topology> label={text.topology} value={s.topology} options={TOPOLOGIES.map((v) => ({ value: v, label: topologyText[v] }))} onChange={(topology) => set({ topology })} />
      <Segmented<Transport> label={text.transport} value={s.transport} disabled={!network} options={TRANSPORTS.map((v) => ({ value: v, label: transportText[v] }))} onChange={(transport) => set({ transport })} />
      {!network && <p className="pt-hint">{t(text.transportNa)}</p>}
      <ResetButton onReset={() => useParallelTimeline.reset()} />
    </>
  );

  let chart;
  let outputs;
  if (!result.ok) {
    chart = <Notice kind="error" text={result.error} />;
  } else {
    const e = result.e;
    const axis = { title: `${t(text.time)} (${lang === 'zh' ? '自动单位' : 'auto unit'})`, format: tickSeconds };
    const lanes = [t(text.compute), t(text.comm)];
    const rows = Array.from({ length: e.topo.ranks }, (_, i) => `GPU ${i}`);
    let kinds: GanttKind[];
    let gantt;
    if (e.mode === 'tp') {
      const { bars, windowEnd } = tpBars(e, t);
      kinds = [
        { id: 'attention', label: t(text.attention), style: kindStyles.attention },
        { id: 'mlp', label: t(text.mlp), style: kindStyles.mlp },
        { id: 'allReduce', label: t(text.allReduce), style: kindStyles.allReduce },
        ...(e.timeline.codecSeconds > 0 ? [{ id: 'codec', label: t(text.codec), style: kindStyles.codec }] : []),
        { id: 'other', label: t(text.other), style: kindStyles.other },
      ];
      const more = e.layers - SHOWN_LAYERS;
      const tail = more > 0
        ? [lang === 'zh' ? `… 另 ${more} 层` : `… ${more} more layers`, lang === 'zh' ? `共 ${e.layers} 层` : `${e.layers} layers:`, formatSeconds(e.stepSeconds)]
        : [formatSeconds(e.stepSeconds)];
      const summary = lang === 'zh'
        ? `张量并行 ${e.topo.ranks} 张 GPU 的前 ${Math.min(SHOWN_LAYERS, e.layers)} 层时间线；一步 ${formatSeconds(e.stepSeconds)}，其中等待通信 ${formatSeconds(e.exposedCommSeconds)}；一次全规约 ${formatSeconds(e.allReduceSeconds)}`
        : `Tensor-parallel timeline of the first ${Math.min(SHOWN_LAYERS, e.layers)} layers on ${e.topo.ranks} GPUs; step ${formatSeconds(e.stepSeconds)}, of which ${formatSeconds(e.exposedCommSeconds)} waiting on communication; one All-Reduce ${formatSeconds(e.allReduceSeconds)}`;
      gantt = <Gantt width={CHART.width} height={CHART.height} label={summary} rows={rows} lanes={lanes} bars={bars} kinds={kinds} window={[0, windowEnd]} axis={axis} tail={tail} />;
      outputs = (
        <>
          <Stat label={text.stepTime} value={e.stepSeconds} format={(v) => formatSeconds(v)} emphasis />
          <Stat label={text.exposed} value={e.exposedCommSeconds} format={(v) => `${formatSeconds(v)} (${formatPercent(v / e.stepSeconds)})`} />
          <Stat label={text.oneAllReduce} value={e.allReduceSeconds} format={(v) => `${formatSeconds(v)} · ${formatBytes(e.allReduceBytes, 'decimal')}`} derivation={collectiveDerivation(e.allReduce)} />
          <Stat label={text.tokensPerSec} value={e.tokensPerSecond} format={(v) => formatNumber(v)} unit={text.tokPerS} />
          {s.overlap && !e.overlapApplied && <Notice kind="info" text={text.noSplit} />}
        </>
      );
    } else {
      kinds = [
        { id: 'stage', label: t(text.stage), style: kindStyles.stage },
        { id: 'send', label: t(text.send), style: kindStyles.send },
      ];
      const summary = lang === 'zh'
        ? `流水线并行 ${e.topo.ranks} 段、${e.microBatches} 个微批次的时间线；一步 ${formatSeconds(e.stepSeconds)}，气泡 ${formatPercent(e.bubbleFraction)}`
        : `Pipeline timeline, ${e.topo.ranks} stages and ${e.microBatches} micro-batches; step ${formatSeconds(e.stepSeconds)}, bubble ${formatPercent(e.bubbleFraction)}`;
      const rowsPp = rows.map((r, i) => `${r} · L${e.layersPerStage.slice(0, i).reduce((a, b) => a + b, 0) + 1}–${e.layersPerStage.slice(0, i + 1).reduce((a, b) => a + b, 0)}`);
      gantt = <Gantt width={CHART.width} height={CHART.height} label={summary} rows={rowsPp} lanes={lanes} bars={ppBars(e, t)} kinds={kinds} window={[0, e.stepSeconds]} axis={axis}
        tail={[lang === 'zh' ? '气泡' : 'bubble', formatPercent(e.bubbleFraction)]} />;
      outputs = (
        <>
          <Stat label={text.stepTime} value={e.stepSeconds} format={(v) => formatSeconds(v)} emphasis />
          <Stat label={text.bubble} value={e.bubbleFraction} format={(v) => `${formatPercent(v)} (GPipe ${formatPercent(e.gpipeBubble)})`} derivation={bubbleDerivation(e)} />
          <Stat label={text.exposed} value={e.exposedCommSeconds} format={(v) => formatSeconds(v)} />
          <Stat label={text.oneSend} value={e.p2pSeconds} format={(v) => `${formatSeconds(v)} · ${formatBytes(e.p2pBytes, 'decimal')}`} derivation={collectiveDerivation(e.p2p)} />
          <Stat label={text.tokensPerSec} value={e.tokensPerSecond} format={(v) => formatNumber(v)} unit={text.tokPerS} />
        </>
      );
    }
    chart = gantt;
  }

  return (
    <SimLayout
      controls={controls}
      chart={<>{notice && <Notice kind="info" text={text.unknownPreset} />}{chart}</>}
      outputs={outputs}
      takeaway={text.takeaway}
      footer={
        <PredictFirst question={text.question} choices={[{ id: 'faster', label: text.faster }, { id: 'same', label: text.same }, { id: 'slower', label: text.slower }]} answerId={story.answer}
          explanation={{
            zh: `引擎给出：关闭重叠 ${formatSeconds(story.off)}，打开 ${formatSeconds(story.on)}。解码受显存带宽限制，拆成两半后每一半都要把本层权重再读一遍，多读的时间比藏起来的通信还多；预填充是计算受限的，拆分不增加读权重的时间，重叠才划算。`,
            en: `The engine says: ${formatSeconds(story.off)} without overlap, ${formatSeconds(story.on)} with it. Decode is memory-bound: each half re-reads the layer’s weights, which costs more than the communication it hides. Prefill is compute-bound, so splitting adds little and overlap pays.`,
          }} />
      }
    />
  );
}
