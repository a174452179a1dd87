import { useMemo } from 'react';
import { FitWidth, seriesStyle, tickSeconds } from '../../charts/index.ts';
import { LaneTimeline } from '../../charts/laneTimeline/LaneTimeline.tsx';
import { schedulePipeline, stageSeconds, TOKENISER_SECONDS_PER_TOKEN, type PipelineStage } from '../../engine/serving/taskPipeline.ts';
import { formatSeconds, Slider, Stat, Toggle, useText, type Bilingual } from '../../ui/index.ts';
import { PROMPT_TOKENS, type Scenario } from './scenario.ts';
import { CPU_NS_RANGE, JOB_BATCH_RANGE, JOBS_RANGE, OUTPUT_RANGE, setBatching, useBatchingStore } from './store.ts';
import { T } from './text.ts';

const STAGE_LABEL: Record<PipelineStage, Bilingual> = { tokenise: T.tokenise, prefill: T.prefillGpu, decode: T.decodeGpu, detokenise: T.detokenise };
const STAGE_STYLE: Record<PipelineStage, ReturnType<typeof seriesStyle>> = { tokenise: seriesStyle(2), prefill: seriesStyle(4), decode: seriesStyle(0), detokenise: seriesStyle(3) };
const LANES: { id: string; label: Bilingual }[] = [
  { id: 'cpu-in', label: T.laneCpuIn }, { id: 'gpu-prefill', label: T.lanePrefill }, { id: 'gpu-decode', label: T.laneDecode }, { id: 'cpu-out', label: T.laneCpuOut },
];

export function usePipeline({ model, hw }: Scenario) {
  const { jobs, jobBatch, outputTokens, cpuNsPerToken } = useBatchingStore();
  return useMemo(() => {
    const times = stageSeconds(model, hw, { batch: jobBatch, promptTokens: PROMPT_TOKENS, outputTokens, cpuSecondsPerToken: cpuNsPerToken * 1e-9 });
    return { times, sequential: schedulePipeline(times, jobs, 'sequential'), pipelined: schedulePipeline(times, jobs, 'pipelined') };
  }, [model, hw, jobs, jobBatch, outputTokens, cpuNsPerToken]);
}

export function PipelineControls() {
  const { pipelined, jobs, jobBatch, outputTokens, cpuNsPerToken } = useBatchingStore();
  const hf = TOKENISER_SECONDS_PER_TOKEN * 1e9;
  return (
    <>
      <Toggle label={T.pipelined} checked={pipelined} onChange={(v) => setBatching({ pipelined: v })} />
      <Slider label={T.jobs} value={jobs} min={JOBS_RANGE.min} max={JOBS_RANGE.max} step={1} onChange={(v) => setBatching({ jobs: Math.round(v) })} />
      <Slider label={T.jobBatch} value={jobBatch} min={JOB_BATCH_RANGE.min} max={JOB_BATCH_RANGE.max} step={1} log stops={[1, 8, 32]} onChange={(v) => setBatching({ jobBatch: Math.round(v) })} />
      <Slider label={T.outputTokens} value={outputTokens} min={OUTPUT_RANGE.min} max={OUTPUT_RANGE.max} step={1} log stops={[8, 32, 256]} onChange={(v) => setBatching({ outputTokens: Math.round(v) })} />
      <Slider label={T.cpuNs} value={cpuNsPerToken} min={CPU_NS_RANGE.min} max={CPU_NS_RANGE.max} log unit="ns"
        stops={[{ value: hf, label: { zh: `${T.hfTokenizers.zh} ${hf} ns`, en: `${T.hfTokenizers.en} ${hf} ns` } }, 10000, 100000]}
        onChange={(v) => setBatching({ cpuNsPerToken: Number(v.toPrecision(3)) })} />
    </>
  );
}

export function PipelineChart({ scenario }: { scenario: Scenario }) {
  const { t, lang } = useText();
  const pipelined = useBatchingStore((s) => s.pipelined);
  const p = usePipeline(scenario);
  const run = pipelined ? p.pipelined : p.sequential;
  const lanes = pipelined ? LANES.map((l) => ({ id: l.id, label: t(l.label) })) : [{ id: 'single', label: t(T.singleLane) }];
  const kinds = (Object.keys(STAGE_LABEL) as PipelineStage[]).map((s) => ({ id: s, label: t(STAGE_LABEL[s]), style: STAGE_STYLE[s] }));
  const aria = lang === 'zh'
    ? `${pipelined ? '流水线' : '串行'}时间线：${run.intervals.length / 4} 批，总用时 ${formatSeconds(run.makespanSeconds)}，多个资源同时忙 ${formatSeconds(run.overlapSeconds)}。`
    : `${pipelined ? 'Pipelined' : 'Sequential'} timeline: ${run.intervals.length / 4} batches, ${formatSeconds(run.makespanSeconds)} in total, ${formatSeconds(run.overlapSeconds)} with several resources busy.`;
  return (
    <FitWidth defaultWidth={760}>
      {(w) => (
        <LaneTimeline
          width={w} height={pipelined ? 400 : 260} label={aria} lanes={lanes} kinds={kinds}
          timeTitle={t(T.time)} timeFormat={tickSeconds} timeDomain={[0, p.sequential.makespanSeconds]}
          segments={run.intervals.map((i) => ({ lane: i.resource, start: i.startSeconds, end: i.endSeconds, kind: i.stage, text: `${lang === 'zh' ? '批' : 'b'}${i.job + 1}` }))}
        />
      )}
    </FitWidth>
  );
}

export function PipelineOutputs({ scenario }: { scenario: Scenario }) {
  const { t } = useText();
  const p = usePipeline(scenario);
  return (
    <>
      <Stat label={{ zh: '总用时 · 串行', en: 'Total time · sequential' }} value={p.sequential.makespanSeconds} format={(v) => formatSeconds(v)} />
      <Stat label={{ zh: '总用时 · 流水线', en: 'Total time · pipelined' }} value={p.pipelined.makespanSeconds} format={(v) => formatSeconds(v)} baseline={p.sequential.makespanSeconds} delta="ratio" baselineLabel={T.vsSequential} emphasis />
      <Stat label={T.overlap} value={p.pipelined.overlapSeconds} format={(v) => formatSeconds(v)} />
      <div className="ui-stat">
        <div className="ui-stat-label">{t(T.stageTimes)}</div>
        <ul className="bt-stages">
          {(Object.keys(STAGE_LABEL) as PipelineStage[]).map((s) => <li key={s}>{t(STAGE_LABEL[s])}: {formatSeconds(p.times[s])}</li>)}
        </ul>
      </div>
    </>
  );
}
