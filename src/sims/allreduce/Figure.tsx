/** 图8: all-reduce time and bus bandwidth vs message size, the two regimes, and the ring played step by step. */
import { useCallback, useMemo } from 'react';
import {
  ALGORITHMS, collectiveCost, collectiveDerivation, getInterconnect, getSource, listInterconnects, type CollectiveAlgorithm,
} from '../../engine/index.ts';
import { presetLabel, presetName } from '../../i18n/engine/presets.ts';
import { busBandwidthDerivation, crossoverDerivation } from '../../engine/comm/busBandwidthDerivation.ts';
import { LineChart, seriesStyle, tickBytes, tickSeconds, tickSi } from '../../charts/index.ts';
import {
  Notice, PredictFirst, Segmented, Select, SimLayout, Slider, Stat, Toggle, formatBandwidth, formatBytes, formatRatio, formatSeconds, useText,
} from '../../ui/index.ts';
import { collectiveParams, crossover, curves, fastest, hierarchicalApplies, SIZE_MAX, SIZE_MIN } from './model.ts';
import { RingPlayer } from './RingPlayer.tsx';
import { RANK_LIMITS, setInputs, useAllReduce, type ChartView } from './store.ts';
import { algorithmLabel, text } from './text.ts';

const citation = (key: Parameters<typeof getSource>[0]) => {
  const s = getSource(key);
  return `${s.authors} (${s.year}). ${s.title}${s.section ? ` — ${s.section}` : ''}`;
};
const DECODE_PROBE = 128 * 1024;

export function Figure({ rejected, onReset }: { rejected: string[]; onReset: () => void }) {
  const { t, lang } = useText();
  const s = useAllReduce();
  const link = getInterconnect(s.linkId);
  const linkName = presetName(link, lang);
  const shown = useMemo(() => ALGORITHMS.filter((a) => s.algorithms.includes(a)), [s.algorithms]);
  const data = useMemo(() => curves(shown, s.ranks, link), [shown, s.ranks, link]);
  const nStar = useMemo(() => crossover('ring', s.ranks, link), [s.ranks, link]);
  const ringParams = collectiveParams('ring', s.ranks, link, s.probeBytes);
  const ringCost = collectiveCost(ringParams);
  const busDerivation = busBandwidthDerivation(ringParams);
  const best = fastest(shown.length > 0 ? shown : ['ring'], s.ranks, link, s.probeBytes);
  const nStarText = formatBytes(nStar, 'binary');

  // Predict-first answer from the engine: the decode-sized message on the story's link, bandwidth doubled.
  const story = getInterconnect('nvlink-3');
  const storyParams = collectiveParams('ring', 8, story, DECODE_PROBE);
  const doubledRatio = collectiveCost({ ...storyParams, bandwidth: storyParams.bandwidth * 2 }).seconds / collectiveCost(storyParams).seconds;
  const answer = doubledRatio < 0.6 ? 'yes' : doubledRatio > 0.95 ? 'none' : 'some';

  const onStep = useCallback((step: number) => setInputs({ ringStep: step }), []);
  const toggleAlgorithm = (a: CollectiveAlgorithm, on: boolean) =>
    setInputs({ algorithms: on ? [...s.algorithms, a] : s.algorithms.filter((x) => x !== a) });

  const series = data.map((c) => ({
    id: c.algorithm,
    label: t(algorithmLabel[c.algorithm]),
    style: seriesStyle(ALGORITHMS.indexOf(c.algorithm)),
    points: c.points.map((pt) => ({ x: pt.bytes, y: s.view === 'busbw' ? pt.busBytesPerSec : pt.seconds })),
    markEvery: 4,
  }));
  const regions = [
    { id: 'lat', x0: SIZE_MIN, x1: Math.min(Math.max(nStar, SIZE_MIN), SIZE_MAX), label: t(text.latencyBound) },
    { id: 'bw', x0: Math.min(Math.max(nStar, SIZE_MIN), SIZE_MAX), x1: SIZE_MAX, label: t(text.bandwidthBound) },
  ];
  const xRefs = [{ id: 'nstar', value: nStar, label: `n* ≈ ${nStarText}` }, { id: 'probe', value: s.probeBytes, label: '◆' }];

  let chart;
  if (s.view === 'ring') {
    chart = <RingPlayer ranks={s.ranks} step={s.ringStep} onStep={onStep} />;
  } else {
    chart = (
      <LineChart
        width={960} height={600}
        label={s.view === 'busbw' ? t(text.busLabel(linkName, s.ranks)) : t(text.chartLabel(linkName, s.ranks, nStarText))}
        x={{ title: t(text.sizeAxis), kind: 'log', logBase: 2, domain: [SIZE_MIN, SIZE_MAX], format: tickBytes('binary'), tickCount: 8 }}
        y={s.view === 'busbw'
          ? { title: t(text.busAxis), kind: 'linear', format: tickSi('B/s'), includeZero: true }
          : { title: t(text.timeAxis), kind: 'log', format: tickSeconds }}
        series={series}
        regions={regions}
        xRefs={xRefs}
        yRefs={s.view === 'busbw' ? [{ id: 'peak', value: link.bandwidthBytesPerSecPerDirection, label: `${t(text.linkPeak)} ${formatBandwidth(link.bandwidthBytesPerSecPerDirection)}` }] : []}
        readout={(label, x, y) => `${label}: ${formatBytes(x, 'binary')} → ${s.view === 'busbw' ? formatBandwidth(y) : formatSeconds(y)}`}
      />
    );
  }

  const controls = (
    <>
      <Select label={text.link} value={s.linkId} onChange={(v) => setInputs({ linkId: v })}
        options={listInterconnects().map((l) => ({ value: l.id, label: presetLabel(l) }))} />
      <Slider label={text.ranks} value={s.ranks} min={RANK_LIMITS.min} max={RANK_LIMITS.max} step={1} log stops={[2, 4, 8, 16, 64]}
        onChange={(v) => setInputs({ ranks: v, ringStep: 0 })} />
      <fieldset className="allreduce-algorithms">
        <legend className="ui-label">{t(text.algorithms)}</legend>
        {ALGORITHMS.map((a) => (
          <Toggle key={a} label={algorithmLabel[a]} checked={s.algorithms.includes(a)} onChange={(on) => toggleAlgorithm(a, on)}
            disabled={a === 'hierarchical' && !hierarchicalApplies(s.ranks)} />
        ))}
      </fieldset>
      <Segmented<ChartView> label={text.view} value={s.view} onChange={(v) => setInputs({ view: v })}
        options={[{ value: 'time', label: text.viewTime }, { value: 'busbw', label: text.viewBusbw }, { value: 'ring', label: text.viewRing }]} />
      <Slider label={text.probe} value={s.probeBytes} min={SIZE_MIN} max={SIZE_MAX} log format={(v) => formatBytes(v, 'binary')}
        stops={[{ value: DECODE_PROBE, label: text.probeDecode }, 2 ** 20, 2 ** 26, 2 ** 30]} onChange={(v) => setInputs({ probeBytes: Math.round(v) })} />
      <button type="button" className="ui-button ui-reset" data-action="sim-reset" onClick={onReset}><span aria-hidden="true">↺ </span>{t(text.reset)}</button>
    </>
  );

  const outputs = (
    <>
      <Stat label={text.ringTime} value={ringCost.seconds} format={(v) => formatSeconds(v)} emphasis
        derivation={collectiveDerivation(ringParams)} source={citation(collectiveDerivation(ringParams).source)} quantity={{ bytes: 'binary' }} />
      <Stat label={text.regime} value={1} format={() => t(ringCost.regime === 'latency-bound' ? text.latencyBound : text.bandwidthBound)} />
      <Stat label={text.algbw} value={s.probeBytes / ringCost.seconds} format={(v) => formatBandwidth(v)} />
      <Stat label={text.busbw} value={busDerivation.result.value} format={(v) => formatBandwidth(v)}
        derivation={busDerivation} source={citation('nccl-tests-performance')} quantity={{ bytes: 'binary' }} />
      <Stat label={text.crossover} value={nStar} format={(v) => formatBytes(v, 'binary')}
        derivation={crossoverDerivation({ collective: 'all-reduce', algorithm: 'ring', ranks: s.ranks, latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection })}
        source={citation('patarasuk-yuan-2009-ring')} quantity={{ bytes: 'binary' }} />
      {best && <Stat label={text.fastest} value={best.seconds} format={(v) => `${t(algorithmLabel[best.algorithm])} · ${formatSeconds(v)}`} />}
    </>
  );

  return (
    <SimLayout
      controls={controls}
      chart={chart}
      outputs={outputs}
      takeaway={text.takeaway(nStarText)}
      footer={
        <>
          {rejected.length > 0 && <Notice kind="warning" text={text.presetRejected(rejected.join(', '))} />}
          {s.algorithms.includes('hierarchical') && !hierarchicalApplies(s.ranks) && <Notice kind="info" text={text.hierNote} />}
          <PredictFirst question={text.question} answerId={answer}
            choices={[{ id: 'yes', label: text.yes }, { id: 'some', label: text.some }, { id: 'none', label: text.none }]}
            explanation={text.explanation(formatRatio(doubledRatio))} />
        </>
      }
    />
  );
}
