/**
 * 图8: all-reduce time and bus bandwidth against message size, the two
 * regimes, and the ring played step by step. Stage: link, ranks and the chart
 * view; the ring time at a decode-sized message, and — once the question
 * "does twice the bandwidth make it twice as fast?" is answered — the time at
 * twice the bandwidth and the crossover n*. After the answer the clicker
 * walks the ring's steps. Explore adds the algorithms, the message size read
 * out, bus and algorithm bandwidth, the regime and the fastest algorithm.
 */
import { useCallback } from 'react';
import {
  ALGORITHMS, busBandwidthDerivation, collectiveCost, collectiveDerivation, crossoverDerivation, getInterconnect, type CollectiveAlgorithm,
} from '../../engine/index.ts';
import { FitBox, LineChart, seriesStyle, tickBytes, tickSeconds, tickSi } from '../../charts/index.ts';
import { formatBandwidth, formatBytes, formatRatio, formatSeconds, presetName, useText } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask, usePredictState } from '../../ui/index.ts';
import { ClickerSteps } from '../_protocol/ClickerSteps.tsx';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { linkOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { DECODE_PROBE, SIZE_MAX, SIZE_MIN, type ChartView, type Inputs } from './inputs.ts';
import { RingPlayer, ringSteps } from './RingPlayer.tsx';
import { answerOf, collectiveParams, crossover, curves, doubledBandwidth, fastest, hierarchicalApplies } from './scenario.ts';
import { algorithmLabel, text } from './text.ts';

const size = (v: number) => formatBytes(v, 'binary');

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const masked = usePredictMask();
  const answered = usePredictState()?.revealed ?? true;

  const result = useEngine(() => {
    const link = getInterconnect(s.linkId);
    const shown = ALGORITHMS.filter((a) => s.algorithms.includes(a));
    const ring = collectiveParams('ring', s.ranks, link, s.probeBytes);
    const doubled = doubledBandwidth(ring);
    const { bytes: _b, ...ringShape } = ring;
    return {
      link, shown,
      data: curves(shown, s.ranks, link),
      nStar: crossover(s.ranks, link),
      ring, ringCost: collectiveCost(ring),
      doubled, doubledSeconds: collectiveCost(doubled).seconds,
      best: fastest(shown.length > 0 ? shown : ['ring'], s.ranks, link, s.probeBytes),
      dRing: collectiveDerivation(ring),
      dDoubled: collectiveDerivation(doubled),
      dBus: busBandwidthDerivation(ring),
      dCross: crossoverDerivation(ringShape),
    };
  }, [s.linkId, s.ranks, s.algorithms, s.probeBytes]);

  // The clicker walks the ring after the answer: step 0 is the chart as left, then the ring's 2(p − 1) + 1 states.
  const clickerStep = s.chart === 'ring' ? s.ringStep + 1 : 0;
  const onClicker = useCallback((n: number) => {
    if (n === 0) set({ chart: s.chart === 'ring' ? 'time' : s.chart, ringStep: 0 });
    else set({ chart: 'ring', ringStep: n - 1 });
  }, [set, s.chart]);
  const onStep = useCallback((n: number) => set({ ringStep: n }), [set]);

  const toggleAlgorithm = (a: CollectiveAlgorithm, on: boolean) =>
    set({ algorithms: ALGORITHMS.filter((x) => (x === a ? on : s.algorithms.includes(x))) });

  const controls = (
    <>
      <Select {...bind('linkId')} options={linkOptions()} />
      <Slider {...bind('ranks')} onChange={(v) => set({ ranks: Math.round(Math.min(128, Math.max(2, v))), ringStep: 0 })} />
      <Segmented<ChartView> {...bind('chart')} options={[{ value: 'time', label: text.viewTime }, { value: 'busbw', label: text.viewBusbw }, { value: 'ring', label: text.viewRing }]} />
    </>
  );
  const moreControls = (
    <>
      <fieldset className="allreduce-algorithms">
        <legend className="ui-label">{t(text.algorithms)}</legend>
        {ALGORITHMS.map((a) => (
          <Toggle key={a} label={algorithmLabel[a]} checked={s.algorithms.includes(a)} onChange={(on) => toggleAlgorithm(a, on)}
            disabled={a === 'hierarchical' && !hierarchicalApplies(s.ranks)} />
        ))}
      </fieldset>
      <Slider {...bind('probeBytes')} format={size} stops={[{ value: DECODE_PROBE, label: text.probeDecode }, 2 ** 20, 2 ** 26, 2 ** 30]}
        onChange={(v) => set({ probeBytes: Math.round(Math.min(SIZE_MAX, Math.max(SIZE_MIN, v))) })} />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const r = result.value;
  const linkName = presetName(r.link, lang);
  const nStarText = size(r.nStar);
  const ratio = r.doubledSeconds / r.ringCost.seconds;
  const latencyBound = r.ringCost.regime === 'latency-bound';

  let chart;
  if (s.chart === 'ring') {
    chart = <RingPlayer ranks={s.ranks} step={s.ringStep} onStep={onStep} />;
  } else {
    const series = r.data.map((c) => ({
      id: c.algorithm,
      label: t(algorithmLabel[c.algorithm]),
      style: seriesStyle(ALGORITHMS.indexOf(c.algorithm)),
      points: c.points.map((pt) => ({ x: pt.bytes, y: s.chart === 'busbw' ? pt.busBytesPerSec : pt.seconds })),
      markEvery: 4,
    }));
    const edge = Math.min(Math.max(r.nStar, SIZE_MIN), SIZE_MAX);
    // The regions and n* answer the question: drawn once it is answered.
    const regions = masked ? [] : [
      { id: 'lat', x0: SIZE_MIN, x1: edge, label: t(text.latencyBound) },
      { id: 'bw', x0: edge, x1: SIZE_MAX, label: t(text.bandwidthBound) },
    ];
    const xRefs = [...(masked ? [] : [{ id: 'nstar', value: r.nStar, label: `n* ≈ ${nStarText}` }]), { id: 'probe', value: s.probeBytes, label: '◆' }];
    const label = s.chart === 'busbw' ? text.busLabel(linkName, s.ranks) : masked ? text.chartLabelMasked(linkName, s.ranks) : text.chartLabel(linkName, s.ranks, nStarText);
    chart = (
      <FitBox defaultWidth={760} defaultHeight={420} minHeight={260} aspect={0.7}>
        {({ width, height }) => (
          <LineChart
            width={width} height={height}
            label={t(label)}
            x={{ title: t(text.sizeAxis), kind: 'log', logBase: 2, domain: [SIZE_MIN, SIZE_MAX], format: tickBytes('binary'), tickCount: 8 }}
            y={s.chart === 'busbw'
              ? { title: t(text.busAxis), kind: 'linear', format: tickSi('B/s'), includeZero: true }
              : { title: t(text.timeAxis), kind: 'log', format: tickSeconds }}
            series={series}
            regions={regions}
            xRefs={xRefs}
            yRefs={s.chart === 'busbw' ? [{ id: 'peak', value: r.link.bandwidthBytesPerSecPerDirection, label: `${t(text.linkPeak)} ${formatBandwidth(r.link.bandwidthBytesPerSecPerDirection)}` }] : []}
            readout={(name, x, y) => `${name}: ${size(x)} → ${s.chart === 'busbw' ? formatBandwidth(y) : formatSeconds(y)}`}
          />
        )}
      </FitBox>
    );
  }
  const chartCell = (
    <>
      {answered && <ClickerSteps step={clickerStep} count={ringSteps(s.ranks) + 2} onChange={onClicker} />}
      {chart}
    </>
  );

  const readouts = (
    <>
      <Stat label={text.ringTime(size(s.probeBytes))} value={r.ringCost.seconds} format={(v) => formatSeconds(v)} derivation={r.dRing} emphasis />
      <Stat label={text.doubled} value={r.doubledSeconds} format={(v) => formatSeconds(v)} baseline={r.ringCost.seconds} baselineLabel={text.vsNow}
        derivation={r.dDoubled} answers />
      <Stat label={text.crossover} value={r.nStar} format={size} derivation={r.dCross} answers />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.regime} value={1} format={() => t(latencyBound ? text.latencyBound : text.bandwidthBound)} answers />
      <Stat label={text.busbw} value={r.dBus.result.value} format={(v) => formatBandwidth(v)} derivation={r.dBus} />
      <Stat label={text.algbw} value={s.probeBytes / r.ringCost.seconds} format={(v) => formatBandwidth(v)} />
      {r.best && (
        <Stat label={text.fastest} value={r.best.seconds} format={(v) => `${t(algorithmLabel[r.best!.algorithm])} · ${formatSeconds(v)}`}
          derivation={collectiveDerivation(r.best.params)} />
      )}
    </>
  );
  const predict = (
    <PredictFirst
      question={text.question({ link: linkName, size: size(s.probeBytes), ranks: s.ranks })}
      choices={[{ id: 'yes', label: text.yes }, { id: 'some', label: text.some }, { id: 'none', label: text.none }]}
      answerId={answerOf(ratio)}
      explanation={text.explanation({ ratio: formatRatio(ratio), size: size(s.probeBytes), nStar: nStarText, latencyBound })}
    />
  );
  const notice = view === 'explore' && s.algorithms.includes('hierarchical') && !hierarchicalApplies(s.ranks)
    ? <Notice kind="info" text={text.hierNote} /> : undefined;

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      chart={chartCell}
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway(nStarText)}
      notice={notice}
    />
  );
}
