/**
 * 图7: operator fusion on the roofline (one element-wise chain, unfused →
 * fused, beside the whole block of 图6) and standard vs FlashAttention HBM
 * traffic. Stage, fusion view: chain, fuse, phase; the roofline; the chain's
 * time and traffic and the whole block's time, each with its work; "does it
 * turn compute-bound?" with the fused point masked until answered. Stage,
 * attention view: N and SRAM; traffic against N; both traffics with their
 * work. Explore adds model, device, batch, tokens, head dimension, intensity
 * and kernels.
 */
import {
  attainableFlops, attentionCrossovers, attentionIo, attentionIoDerivations, blockFusion, defaultComputePrecision, fusionBytesDerivation,
  fusionChain, fusionCost, fusionTimeDerivation, getHardware, getModel, graphTimeDerivation, KiB, peakFlops, ridgePoint, FUSION_CHAINS,
  type FusionChainId,
} from '../../engine/index.ts';
import { FitBox, LineChart, roles, seriesStyle, tickBytes, tickNumber, tickSi, type LineSeriesInput } from '../../charts/index.ts';
import { formatBytes, formatCount, formatNumber, formatRatio, formatSeconds, useText } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { HEAD_DIMS, PHASES, SEQ_RANGE, SRAM_KIB_RANGE, VIEWS, type HeadDimChoice, type Inputs, type PhaseId, type ViewId } from './inputs.ts';
import { CHAIN_LABELS, text } from './text.ts';

const PRECISION = 'fp16' as const;

export function Figure({ state: s, set, bind, sim }: SimViewProps<Inputs>) {
  const { t } = useText();
  const masked = usePredictMask();
  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const precision = defaultComputePrecision(hw);
    const shape = { tokens: s.phase === 'prefill' ? s.batch * s.tokens : s.batch, contextTokens: s.tokens, batch: s.batch };
    const spec = fusionChain(model, s.chain, shape);
    const chain = fusionCost(spec, hw, { precision });
    const block = blockFusion(model, hw, precision, { phase: s.phase, batch: s.batch, tokens: s.tokens });
    const headDim = s.headDim === '64' ? 64 : model.headDim;
    const sramBytes = (s.sramKiB > 0 ? s.sramKiB : hw.sramPerCoreBytes / KiB) * KiB;
    const io = { headDim, sramBytes };
    const now = attentionIo({ ...io, seqLen: s.seqLen });
    const cross = attentionCrossovers(hw, PRECISION, io, SEQ_RANGE.min, SEQ_RANGE.max);
    const curve: { N: number; std: number; flash: number; balance: number }[] = [];
    for (let N = SEQ_RANGE.min; N <= SEQ_RANGE.max; N *= 2) {
      const r = attentionIo({ ...io, seqLen: N });
      curve.push({ N, std: r.standardBytes, flash: r.flashBytes, balance: r.flops / cross.ridge });
    }
    const blockCost = s.fused ? block.after : block.before;
    return {
      model, hw, precision, spec, chain, block, headDim, sramBytes, now, cross, curve,
      ridge: ridgePoint(hw, precision), peak: peakFlops(hw, precision),
      dChainTime: fusionTimeDerivation(chain, s.fused),
      dChainBytes: fusionBytesDerivation(spec, chain, s.fused),
      dBlockTime: graphTimeDerivation(hw, precision, blockCost),
      blockCost,
      dAttention: attentionIoDerivations({ ...io, seqLen: s.seqLen }),
    };
  }, [s.modelId, s.hardwareId, s.chain, s.fused, s.phase, s.batch, s.tokens, s.seqLen, s.sramKiB, s.headDim]);

  const deviceKiB = result.ok ? result.value.hw.sramPerCoreBytes / KiB : 0;
  const viewControl = <Segmented<ViewId> {...bind('view')} options={VIEWS.map((v) => ({ value: v, label: v === 'fusion' ? text.viewFusion : text.viewAttention }))} />;
  const sramSlider = (
    <Slider
      label={text.sram} unit="KiB" log min={SRAM_KIB_RANGE.min} max={SRAM_KIB_RANGE.max} step={1}
      value={s.sramKiB > 0 ? s.sramKiB : deviceKiB}
      stops={[{ value: deviceKiB, label: text.deviceSram(formatNumber(deviceKiB)) }, 1024]}
      onChange={(v) => set({ sramKiB: Math.abs(v - deviceKiB) < 1e-9 ? 0 : Math.round(Math.min(SRAM_KIB_RANGE.max, Math.max(SRAM_KIB_RANGE.min, v))) })}
    />
  );
  const controls = s.view === 'fusion'
    ? (
      <>
        {viewControl}
        <Select<FusionChainId> {...bind('chain')} options={FUSION_CHAINS.map((c) => ({ value: c, label: CHAIN_LABELS[c] }))} />
        <Toggle {...bind('fused')} />
        <Segmented<PhaseId> {...bind('phase')} options={PHASES.map((p) => ({ value: p, label: text[p] }))} />
      </>
    )
    : (
      <>
        {viewControl}
        <Slider {...bind('seqLen')} stops={[512, 4096, 32768]} />
        {sramSlider}
      </>
    );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(sim.specs.hardwareId.options())} />
      {s.view === 'fusion' ? (
        <>
          <Slider {...bind('batch')} />
          <Slider {...bind('tokens')} />
        </>
      ) : (
        <Segmented<HeadDimChoice> {...bind('headDim')} options={HEAD_DIMS.map((h) => ({ value: h, label: h === '64' ? text.headDim64 : text.headDimModel(result.ok ? result.value.model.headDim : 128) }))} />
      )}
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const v = result.value;
  const cur = s.fused ? v.chain.fused : v.chain.unfused;
  const chainLabel = t(CHAIN_LABELS[s.chain]);
  const showFused = s.fused && !masked;
  /** The precision the ridge is quoted at, named wherever the ridge is (the roofline's and 表5's, at the same precision). */
  const precisionName = v.precision.toUpperCase();

  if (s.view === 'attention') {
    const xRefs = [{ id: 'now', value: s.seqLen, label: `${t(text.nowN)} ${formatCount(s.seqLen)}` }];
    if (v.cross.flashComputeBoundFrom !== null) xRefs.push({ id: 'cb', value: v.cross.flashComputeBoundFrom, label: `${t(text.crossCompute)} ${formatCount(v.cross.flashComputeBoundFrom)}` });
    const chart = (
      <>
        <FitBox defaultWidth={700} defaultHeight={420} minWidth={420} minHeight={200} aspect={0.8}>
          {({ width, height }) => (
            <LineChart
              width={width} height={height}
              label={t(text.ioSummary({ n: formatCount(s.seqLen), std: formatBytes(v.now.standardBytes), flash: formatBytes(v.now.flashBytes) }))}
              x={{ title: t(text.xSeq), kind: 'log', logBase: 2, domain: [SEQ_RANGE.min, SEQ_RANGE.max], format: tickNumber }}
              y={{ title: t(text.yBytes), kind: 'log', logBase: 2, format: tickBytes('binary') }}
              series={[
                { id: 'std', label: t(text.stdPt), points: v.curve.map((p) => ({ x: p.N, y: p.std })), style: seriesStyle(1) },
                { id: 'flash', label: t(text.flashPt), points: v.curve.map((p) => ({ x: p.N, y: p.flash })), style: seriesStyle(2) },
                { id: 'balance', label: t(text.balanced), points: v.curve.map((p) => ({ x: p.N, y: p.balance })), style: { ...roles.idle, color: '#555555' }, markEvery: 100 },
              ]}
              xRefs={xRefs}
            />
          )}
        </FitBox>
        <p className="of-note">{t(text.scopeAttention)}</p>
      </>
    );
    const readouts = (
      <>
        <Stat label={text.stdBytes} value={v.now.standardBytes} format={(x) => formatBytes(x)} derivation={v.dAttention.standard} />
        <Stat label={text.flashBytes} value={v.now.flashBytes} format={(x) => formatBytes(x)} baseline={v.now.standardBytes} delta="ratio" baselineLabel={text.vsStandard} derivation={v.dAttention.flash} emphasis />
      </>
    );
    const moreReadouts = (
      <Stat
        label={text.computeBound} value={v.cross.flashComputeBoundFrom ?? Number.NaN} format={(x) => `N ≥ ${formatCount(x)}`}
        error={v.cross.flashComputeBoundFrom === null ? text.never(`${formatNumber(v.cross.flashIntensityLimit)} FLOP/B`, `${formatNumber(v.cross.ridge)} FLOP/B`) : undefined}
      />
    );
    return <SimFrame controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} moreReadouts={moreReadouts} takeaway={text.takeaway} footerUnder="chart" />;
  }

  const pointAt = (intensity: number) => ({ x: intensity, y: attainableFlops(v.hw, v.precision, intensity) });
  const series: LineSeriesInput[] = [
    { id: 'roof', label: t(text.roof), points: [0.05, v.ridge, 5000].map(pointAt), style: { ...roles.compute, marker: 'cross' }, markEvery: 100 },
    { id: 'unfused', label: t(text.unfusedPt), points: [pointAt(v.chain.unfused.intensity)], style: { ...roles.baseline, dash: '' }, markEvery: 1 },
    ...(showFused ? [{ id: 'fused', label: t(text.fusedPt), points: [pointAt(v.chain.fused.intensity)], style: roles.optimised, markEvery: 1 }] : []),
  ];
  const chart = (
    <>
      <FitBox defaultWidth={700} defaultHeight={420} minWidth={420} minHeight={200} aspect={0.8}>
        {({ width, height }) => (
          <LineChart
            width={width} height={height}
            label={t(text.rooflineSummary({
              device: v.hw.name, ridge: formatNumber(v.ridge), precision: precisionName, chain: chainLabel,
              unfused: formatNumber(v.chain.unfused.intensity), fused: showFused ? formatNumber(v.chain.fused.intensity) : null,
            }))}
            x={{ title: t(text.xIntensity), kind: 'log', domain: [0.05, 5000], format: tickNumber }}
            y={{ title: t(text.yFlops), kind: 'log', domain: [Math.max(1e9, 0.05 * v.hw.memoryBandwidthBytesPerSec / 2), v.peak * 2], format: tickSi('FLOP/s') }}
            series={series}
            xRefs={[{ id: 'ridge', value: v.ridge, label: t(text.ridgeLabel(formatNumber(v.ridge), precisionName)) }]}
          />
        )}
      </FitBox>
      <p className="of-note">{t(text.scopeFusion)}</p>
    </>
  );
  const readouts = (
    <>
      <Stat label={text.chainTime} value={cur.seconds} format={(x) => formatSeconds(x)} baseline={s.fused ? v.chain.unfused.seconds : undefined} baselineLabel={text.vsUnfused} derivation={v.dChainTime} emphasis />
      <Stat label={text.chainBytes} value={cur.bytes} format={(x) => formatBytes(x)} baseline={s.fused ? v.chain.unfused.bytes : undefined} baselineLabel={text.vsUnfused} derivation={v.dChainBytes} />
      <Stat label={text.blockTime} value={v.blockCost.seconds} format={(x) => formatSeconds(x)} baseline={s.fused ? v.block.before.seconds : undefined} baselineLabel={text.vsUnfused} derivation={v.dBlockTime} />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.intensity} value={cur.intensity} format={(x) => `${formatNumber(x)} FLOP/B`} answers />
      <Stat label={text.kernels} value={cur.kernels} format={formatCount} />
    </>
  );
  const computeBound = v.chain.fused.intensity >= v.ridge;
  const predict = (
    <PredictFirst
      question={text.question({ chain: CHAIN_LABELS[s.chain], phase: s.phase, device: v.hw.name })}
      choices={[{ id: 'yes', label: text.yes }, { id: 'no', label: text.no }]}
      answerId={computeBound ? 'yes' : 'no'}
      explanation={text.explanation({
        unfused: formatNumber(v.chain.unfused.intensity), fused: formatNumber(v.chain.fused.intensity), ridge: formatNumber(v.ridge), precision: precisionName,
        computeBound, speedup: formatRatio(v.chain.speedup),
      })}
    />
  );
  return (
    <SimFrame controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} moreReadouts={moreReadouts} predict={predict} takeaway={text.takeaway} footerUnder="chart" />
  );
}
