import { useMemo } from 'react';
import { FitWidth, roles, tickSeconds } from '../../charts/index.ts';
import { LaneTimeline } from '../../charts/laneTimeline/LaneTimeline.tsx';
import { BATCHING_POLICIES, simulateBatching, type BatchingPolicy } from '../../engine/serving/batching.ts';
import { requestStream } from '../../engine/serving/requestStream.ts';
import { formatNumber, formatPercent, formatSeconds, Segmented, Slider, Stat, useText } from '../../ui/index.ts';
import type { Scenario } from './scenario.ts';
import { RATE_RANGE, SEED_RANGE, setBatching, SLOTS_RANGE, useBatchingStore } from './store.ts';
import { T } from './text.ts';

export const STREAM = { count: 24, promptTokens: [32, 512] as const, outputTokens: [8, 256] as const };

export function useStream({ model, hw }: Scenario) {
  const { slots, rate, seed } = useBatchingStore();
  return useMemo(() => {
    const stream = requestStream({ count: STREAM.count, ratePerSecond: rate, seed, promptTokens: STREAM.promptTokens, outputTokens: STREAM.outputTokens });
    const [stat, cont] = BATCHING_POLICIES.map((policy) => simulateBatching(model, hw, stream, { policy, slots })) as [ReturnType<typeof simulateBatching>, ReturnType<typeof simulateBatching>];
    return { stream, static: stat, continuous: cont };
  }, [model, hw, slots, rate, seed]);
}

export function StreamControls() {
  const { policy, slots, rate, seed } = useBatchingStore();
  return (
    <>
      <Segmented<BatchingPolicy> label={T.policy} value={policy} options={[{ value: 'static', label: T.static }, { value: 'continuous', label: T.continuous }]} onChange={(v) => setBatching({ policy: v })} />
      <Slider label={T.slots} value={slots} min={SLOTS_RANGE.min} max={SLOTS_RANGE.max} step={1} stops={[4, 8, 16]} onChange={(v) => setBatching({ slots: Math.round(v) })} />
      <Slider label={T.rate} value={rate} min={RATE_RANGE.min} max={RATE_RANGE.max} log unit={{ zh: '请求/秒', en: 'req/s' }} stops={[1, 4, 16]} onChange={(v) => setBatching({ rate: Number(v.toPrecision(3)) })} />
      <Slider label={T.seed} value={seed} min={SEED_RANGE.min} max={SEED_RANGE.max} step={1} onChange={(v) => setBatching({ seed: Math.round(v) })} />
    </>
  );
}

export function StreamChart({ scenario }: { scenario: Scenario }) {
  const { t, lang } = useText();
  const policy = useBatchingStore((s) => s.policy);
  const r = useStream(scenario);
  const run = r[policy];
  const domain: [number, number] = [0, Math.max(r.static.makespanSeconds, r.continuous.makespanSeconds)];
  const lanes = Array.from({ length: run.slots }, (_, i) => ({ id: String(i), label: t(T.slot(i + 1)) }));
  const kinds = [
    { id: 'prefill', label: t(T.prefill), style: roles.optimised },
    { id: 'decode', label: t(T.decode), style: roles.compute },
    { id: 'idle', label: t(T.idle), style: roles.idle },
  ];
  const aria = lang === 'zh'
    ? `${t(policy === 'static' ? T.static : T.continuous)}的槽位时间线：${run.slots} 个槽位，${STREAM.count} 个请求，全部完成用时 ${formatSeconds(run.makespanSeconds)}，槽位利用率 ${formatPercent(run.slotUtilization)}。`
    : `${t(policy === 'static' ? T.static : T.continuous)} slot timeline: ${run.slots} slots, ${STREAM.count} requests, all done in ${formatSeconds(run.makespanSeconds)}, slot utilisation ${formatPercent(run.slotUtilization)}.`;
  return (
    <FitWidth defaultWidth={760}>
      {(w) => (
        <LaneTimeline
          width={w} height={Math.max(300, Math.min(500, 120 + run.slots * 40))} label={aria}
          lanes={lanes} kinds={kinds} timeTitle={t(T.time)} timeFormat={tickSeconds} timeDomain={domain}
          segments={run.segments.map((s) => ({ lane: String(s.slot), start: s.startSeconds, end: s.endSeconds, kind: s.activity, text: s.activity === 'decode' ? `#${s.requestId + 1}` : undefined }))}
        />
      )}
    </FitWidth>
  );
}

export function StreamOutputs({ scenario }: { scenario: Scenario }) {
  const { t } = useText();
  const r = useStream(scenario);
  const rows = [
    { id: 'tput', label: T.tput, get: (x: typeof r.static) => x.tokensPerSecond, fmt: (v: number) => `${formatNumber(v)} tokens/s` },
    { id: 'lat', label: T.meanLatency, get: (x: typeof r.static) => x.meanLatencySeconds, fmt: (v: number) => formatSeconds(v) },
    { id: 'ttft', label: T.meanTtft, get: (x: typeof r.static) => x.meanTtftSeconds, fmt: (v: number) => formatSeconds(v) },
  ];
  return (
    <>
      {rows.map((row) => (
        <div key={row.id} className="bt-pair">
          <Stat label={{ zh: `${t(row.label)} · 静态`, en: `${t(row.label)} · static` }} value={row.get(r.static)} format={row.fmt} />
          <Stat label={{ zh: `${t(row.label)} · 连续`, en: `${t(row.label)} · continuous` }} value={row.get(r.continuous)} format={row.fmt} baseline={row.get(r.static)} baselineLabel={T.vsStatic} delta="ratio" />
        </div>
      ))}
      <Stat label={T.util} value={r.continuous.slotUtilization} format={formatPercent} baseline={r.static.slotUtilization} baselineLabel={T.vsStatic} />
      <p className="bt-note">{t(T.streamNote)}</p>
    </>
  );
}
