import { useMemo } from 'react';
import { FitWidth, LineChart, roles, seriesStyle, tickNumber, tickSeconds } from '../../charts/index.ts';
import { decodeTimeDerivation, kvCacheBytes, largestBatchThatFits, tpotSeconds } from '../../engine/index.ts';
import { readingSpeedTpotSeconds } from '../../engine/serving/readingSpeed.ts';
import { formatBytes, formatCount, formatNumber, formatSeconds, Slider, Stat, useText } from '../../ui/index.ts';
import { cite } from '../_shared/cite.ts';
import { CONTEXT_TOKENS, OUTPUT_TOKENS, PROMPT_TOKENS, type Scenario } from './scenario.ts';
import { BATCH_RANGE, setBatching, useBatchingStore } from './store.ts';
import { T } from './text.ts';

const STOPS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

export function useCurve({ model, hw }: Scenario, batch: number) {
  return useMemo(() => {
    const points = STOPS.map((b) => {
      const tpot = tpotSeconds(model, hw, { batch: b, contextTokens: CONTEXT_TOKENS });
      return { batch: b, tpot, tput: b / tpot };
    });
    const tpot = tpotSeconds(model, hw, { batch, contextTokens: CONTEXT_TOKENS });
    const maxBatch = largestBatchThatFits(model, hw, { tokens: PROMPT_TOKENS + OUTPUT_TOKENS });
    const kv = kvCacheBytes(model, { batch, tokens: PROMPT_TOKENS + OUTPUT_TOKENS });
    return { points, tpot, tput: batch / tpot, maxBatch, kv, derivation: decodeTimeDerivation(model, hw, { batch, tokens: CONTEXT_TOKENS }) };
  }, [model, hw, batch]);
}

export function CurveControls() {
  const batch = useBatchingStore((s) => s.batch);
  return <Slider label={T.batch} value={batch} min={BATCH_RANGE.min} max={BATCH_RANGE.max} step={1} log stops={[1, 8, 32, 128]} onChange={(v) => setBatching({ batch: Math.round(v) })} />;
}

export function CurveChart({ scenario }: { scenario: Scenario }) {
  const { t, lang } = useText();
  const batch = useBatchingStore((s) => s.batch);
  const c = useCurve(scenario, batch);
  const reading = readingSpeedTpotSeconds();
  const fitting = c.points.filter((p) => p.batch <= c.maxBatch);
  const lastFit = fitting.at(-1);
  const beyond = c.points.filter((p) => p.batch > c.maxBatch);
  const over = beyond.length > 0 && lastFit ? [lastFit, ...beyond] : beyond;
  const aria = lang === 'zh'
    ? `吞吐-延迟曲线：批大小 1 时 TPOT ${formatSeconds(c.points[0]?.tpot ?? 0)}、吞吐 ${formatNumber(c.points[0]?.tput ?? 0)} tokens/s；当前批 ${batch}：TPOT ${formatSeconds(c.tpot)}、吞吐 ${formatNumber(c.tput)} tokens/s。`
    : `Throughput–latency curve: batch 1 gives TPOT ${formatSeconds(c.points[0]?.tpot ?? 0)} and ${formatNumber(c.points[0]?.tput ?? 0)} tokens/s; batch ${batch} gives TPOT ${formatSeconds(c.tpot)} and ${formatNumber(c.tput)} tokens/s.`;
  return (
    <FitWidth defaultWidth={760}>
      {(w) => (
        <LineChart
          width={w} height={500} label={aria}
          x={{ title: t(T.xTpot), kind: 'log', format: tickSeconds }}
          y={{ title: t(T.yTput), kind: 'log', format: tickNumber }}
          series={[
            { id: 'curve', label: `${t(T.curve)}`, points: fitting.map((p) => ({ x: p.tpot, y: p.tput })), style: seriesStyle(0), markEvery: 1 },
            ...(over.length > 1 ? [{ id: 'nofit', label: t(T.noFit), points: over.map((p) => ({ x: p.tpot, y: p.tput })), style: { ...roles.idle, color: '#777777' }, markEvery: 1 }] : []),
            { id: 'now', label: `${t(T.nowPt)} ${batch}`, points: [{ x: c.tpot, y: c.tput }], style: { ...roles.optimised, dash: '' }, markEvery: 1 },
          ]}
          xRefs={[{ id: 'reading', value: reading, label: `${t(T.reading)} ${formatSeconds(reading)}` }]}
          readout={(label, x, y) => `${label}: TPOT ${formatSeconds(x)}, ${formatNumber(y)} tokens/s`}
        />
      )}
    </FitWidth>
  );
}

export function CurveOutputs({ scenario }: { scenario: Scenario }) {
  const batch = useBatchingStore((s) => s.batch);
  const c = useCurve(scenario, batch);
  return (
    <>
      <Stat label={T.tpot} value={c.tpot} format={(v) => formatSeconds(v)} emphasis derivation={c.derivation} source={cite(c.derivation.source)} />
      <Stat label={T.throughput} value={c.tput} format={(v) => formatNumber(v)} unit="tokens/s" />
      <Stat label={T.kv} value={c.kv} format={(v) => formatBytes(v, 'GiB')} />
      <Stat label={T.largestBatch} value={c.maxBatch} format={formatCount} />
      <p className="bt-note">{useText().t(T.context)}</p>
    </>
  );
}
