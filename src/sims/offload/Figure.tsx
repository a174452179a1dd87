/**
 * Offloading across memory levels (the vDNN idea): part of the weights (or KV
 * cache, or training's activations) in CPU memory, brought in over PCIe with
 * or without prefetch. Stage: prefetch, phase, share offloaded and batch; a
 * two-lane timeline of one step; step time, one layer's transfer and the
 * smallest share that fits; "does the transfer hide?" asked before the
 * timeline is shown. Explore adds the model, device, link, what is offloaded,
 * the length, step time against the share, and the memory freed.
 */
import {
  getHardware, getInterconnect, getModel, offloadFit, offloadFitDerivation, offloadLayerComputeDerivation, offloadSavedDerivation, offloadStepDerivation,
  offloadSweep, offloadTimeline, offloadTransferDerivation, OFFLOAD_TARGETS, type OffloadTarget,
} from '../../engine/index.ts';
import { FitBox, LineChart, OffloadGantt, roles, tickPercent, tickSeconds } from '../../charts/index.ts';
import { formatBandwidth, formatBytes, formatCountUnit, formatPercent, formatSeconds, presetLabel, useText } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask, ResetButton } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceIds, deviceOptions, modelOptions } from '../_shared/options.ts';
import { LINKS, PHASES, type Inputs } from './inputs.ts';
import { text, TOKENS } from './text.ts';

const ms = (v: number) => formatSeconds(v);
/** Memory in GiB; an amount too small to read in GiB in KiB or MiB. */
const gib = (b: number) => formatBytes(b, b > 0 && b < 0.01 * 2 ** 30 ? 'binary' : 'GiB');

export function Figure({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const masked = usePredictMask();
  const tokens = (v: number) => formatCountUnit(v, TOKENS, lang);

  // The two sweeps over every offloaded share (2 × (L + 1) timelines) do not
  // depend on the share or on prefetch: moving the share slider reuses them.
  // The stage does not draw them.
  const sweeps = useEngine(() => {
    if (view !== 'explore') return null;
    const model = getModel(s.model);
    const hw = getHardware(s.hardware);
    const base = { target: s.target, phase: s.phase, batch: s.batch, tokens: s.tokens, link: s.link };
    return { on: offloadSweep(model, hw, { ...base, prefetch: true }), off: offloadSweep(model, hw, { ...base, prefetch: false }) };
  }, [view, s.model, s.hardware, s.target, s.phase, s.batch, s.tokens, s.link]);

  const result = useEngine(() => {
    const model = getModel(s.model);
    const hw = getHardware(s.hardware);
    const base = { target: s.target, phase: s.phase, batch: s.batch, tokens: s.tokens, link: s.link };
    const opts = { ...base, fraction: s.share / 100, prefetch: s.prefetch };
    const tl = offloadTimeline(model, hw, opts);
    const fit = offloadFit(model, hw, { ...base, prefetch: s.prefetch });
    return {
      model, hw, tl, fit,
      dStep: offloadStepDerivation(tl),
      dTransfer: offloadTransferDerivation(tl),
      dCompute: offloadLayerComputeDerivation(model, hw, base),
      dSaved: offloadSavedDerivation(tl, { target: s.target, prefetch: s.prefetch }),
      dFit: fit.fraction === null ? undefined : offloadFitDerivation(fit),
    };
  }, [s]);

  const L = result.ok ? result.value.model.numLayers : 1;
  const shareBinding = bind('share');
  const controls = (
    <>
      <Toggle {...bind('prefetch')} />
      <Segmented {...bind('phase')} options={PHASES.map((p) => ({ value: p, label: text.phases[p] }))} />
      <Slider {...shareBinding} format={(v) => t(text.shareReadout(v, Math.round((L * v) / 100), L))} stops={shareBinding.stops.map((v) => ({ value: v, label: `${v}%` }))} />
      <Slider {...bind('batch')} />
    </>
  );
  const moreControls = (
    <>
      <Segmented<OffloadTarget> {...bind('target')} options={OFFLOAD_TARGETS.map((v) => ({ value: v, label: text.targets[v] }))} />
      <Slider {...bind('tokens')} format={tokens} />
      <Select {...bind('model')} options={modelOptions()} />
      <Select {...bind('hardware')} options={deviceOptions(deviceIds(['gpu', 'soc']))} />
      <Select {...bind('link')} options={LINKS.map((id) => ({ value: id, label: presetLabel(getInterconnect(id)) }))} />
      <ResetButton onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { model, tl, fit, dStep, dTransfer, dCompute, dSaved, dFit } = result.value;
  const hides = tl.layerTransferSeconds <= tl.layerComputeSeconds;
  // The share set offloads n of L layers; it runs only if n reaches the smallest count that fits
  // (offloadFit's n*; staging layers free nothing). Otherwise: "does not fit", by how much, and no step time.
  const offloadedNow = Math.round((model.numLayers * s.share) / 100);
  const runs = fit.offloadedLayers !== null && offloadedNow >= fit.offloadedLayers;
  const overNow = fit.neededBytes - fit.usableBytes - Math.max(0, offloadedNow - fit.stagingLayers) * fit.freedPerLayerBytes;
  const notFit = runs ? undefined : text.notFitNow(gib(Math.max(overNow, 0)));
  const summary = !runs ? t(notFit!) : masked
    ? t(text.maskedSummary)
    : t(text.summary({ step: ms(tl.stepSeconds), base: ms(tl.baselineSeconds), stall: ms(tl.stallSeconds), c: ms(tl.layerComputeSeconds), tau: ms(tl.layerTransferSeconds) }));
  const training = s.target === 'activations';

  const gantt = (
    <FitBox defaultWidth={760} defaultHeight={300} minHeight={200} maxHeight={360} aspect={0.4}>
      {({ width, height }) => (
        <OffloadGantt width={width} height={height} label={summary}
          legend={{ compute: t(text.compute), transfer: t(text.transfer), stall: t(text.stall) }}
          lanes={[
            { id: 'compute', label: t(text.computeLane), segments: tl.compute },
            { id: 'pcie', label: 'PCIe', segments: tl.transfer },
          ]}
          stalls={tl.stalls} timeTitle={t(text.timeAxis)} timeFormat={tickSeconds}
          masked={masked ? t(text.masked) : undefined} />
      )}
    </FitBox>
  );
  const sweep = sweeps.ok && sweeps.value !== null ? sweeps.value : null;
  const lineChart = sweep === null ? null : (
    <FitBox defaultWidth={760} defaultHeight={320} minHeight={240} maxHeight={380} aspect={0.45}>
      {({ width, height }) => (
        <LineChart width={width} height={height}
          label={t(text.sweepLabel(formatPercent(sweep.on.breakEvenFraction)))}
          x={{ title: t(text.xAxis), format: tickPercent, domain: [0, 1] }}
          y={{ title: t(text.yAxis), format: tickSeconds }}
          series={[
            { id: 'on', label: t(text.withPrefetch), points: sweep.on.points.map((p) => ({ x: p.fraction, y: p.seconds })), style: roles.optimised },
            { id: 'off', label: t(text.withoutPrefetch), points: sweep.off.points.map((p) => ({ x: p.fraction, y: p.seconds })), style: roles.baseline },
          ]}
          xRefs={[
            { id: 'be', value: sweep.on.breakEvenFraction, label: t(text.breakEven(formatPercent(sweep.on.breakEvenFraction))) },
            ...(fit.fraction !== null && fit.fraction > 0 ? [{ id: 'fit', value: fit.fraction, label: t(text.fitsFromHere) }] : []),
          ]}
        />
      )}
    </FitBox>
  );
  const chart = (
    <>
      {training && view === 'explore' && <Notice kind="info" text={text.trainingNote} />}
      {runs ? gantt : <Notice kind="warning" text={notFit!} />}
      {lineChart}
    </>
  );

  const fitError = fit.fraction !== null ? undefined : training ? text.activationsCannot : text.cannotFit;
  const fitStat = (
    <Stat label={text.fitShare} value={fit.fraction ?? Number.NaN} derivation={dFit} error={fitError}
      format={(v) => (v === 0 ? t(text.fitsAlready) : formatPercent(v))} />
  );
  const readouts = (
    <>
      <Stat label={text.stepTime} value={runs ? tl.stepSeconds : Number.NaN} format={ms} baseline={tl.baselineSeconds} baselineLabel={text.vsNoOffload}
        derivation={runs ? dStep : undefined} error={notFit} emphasis answers={runs} />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.transferPerLayer} value={tl.layerTransferSeconds} format={ms} derivation={dTransfer} />
      {fitStat}
      <Stat label={text.computePerLayer} value={tl.layerComputeSeconds} format={ms} derivation={dCompute} />
      <Stat label={training ? text.freedTraining : text.freed} value={tl.savedBytes} format={gib} derivation={dSaved} />
    </>
  );

  const predict = (
    <PredictFirst
      question={text.question({ model: model.name, target: text.targetsInline[s.target], phase: text.phasesInline[s.phase], batch: s.batch, tokens: s.tokens })}
      choices={[{ id: 'yes', label: text.yes }, { id: 'no', label: text.no }]}
      answerId={hides ? 'yes' : 'no'}
      explanation={text.explanation({
        tau: ms(tl.layerTransferSeconds), c: ms(tl.layerComputeSeconds), bytes: `${formatBytes(tl.layerTransferBytes, 'MiB')} (${formatBytes(tl.layerTransferBytes, 'MB')})`,
        bandwidth: formatBandwidth(tl.linkBytesPerSec), hides,
      })}
    />
  );

  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway}
    />
  );
}
