/**
 * 图5: the roofline of a device with every operator of one layer as a point,
 * or (View: TPU paper) Jouppi et al. 2017 Figs. 5–7. The view switch stays in
 * place when it changes the view, so arrow keys keep the focus. The same
 * device shows the same ridge point in both views, its precision named, in
 * FLOP/B and MAC/B (1 MAC = 2 FLOP).
 * Stage (LLM operators): view, hardware, batch; the roofline; the ridge point
 * and the inspected operator's time with their work; "where does q_proj move
 * at batch 64?" with the ridge batch hidden until it is answered. Stage (TPU
 * paper): the three rooflines and their ridge points with their work.
 * Explore adds model, prompt, context, the operator to inspect, the ridge
 * batch and the paper's tables.
 */
import { useState } from 'react';
import {
  decodeComputeBoundBatch, deviceRidge, deviceRidgeMacDerivation, getHardware, getModel, operatorTimeDerivation, ridgePointDerivation,
  rooflinePoints, TPU_PAPER_APPS, TPU_PAPER_DEVICES, tpuPaperPoints,
  type HardwareSpec, type Precision, type RooflinePoint, type TpuPaperDeviceId,
} from '../../engine/index.ts';
import { chartFont, estimateTextWidth, FitBox, okabeIto, seriesStyle, tickSi } from '../../charts/index.ts';
import { layoutRooflineChart, rooflineHeightForLabels } from '../../charts/roofline/layout.ts';
import { Roofline, type RooflinePointStyle } from '../../charts/roofline/Roofline.tsx';
import { formatCount, formatFlopsPerSec, formatNumber, formatSeconds, formatSi, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, usePredictMask } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { MODES, type Inputs, type ModeId } from './inputs.ts';
import { BOUND_TEXT, GROUP_SHORT, GROUP_TEXT, PHASE_TEXT, PRECISION_LABEL, text } from './text.ts';

export const GROUP_COLOR = { linear: okabeIto.blue, attention: okabeIto.vermillion, elementwise: okabeIto.bluishGreen, 'lm-head': okabeIto.reddishPurple } as const;
const DEVICE_STYLE: Record<TpuPaperDeviceId, { color: string; dash: string; name: string }> = {
  'tpu-v1': { color: okabeIto.vermillion, dash: '', name: 'TPU' },
  k80: { color: okabeIto.blue, dash: '10 5', name: 'K80' },
  'haswell-e5-2699-v3': { color: okabeIto.bluishGreen, dash: '3 4', name: 'Haswell' },
};

/** One ceiling per distinct peak the device has, labelled with the precisions sharing it. */
function ceilings(hw: HardwareSpec): { peak: number; precisions: Precision[] }[] {
  const out: { peak: number; precisions: Precision[] }[] = [];
  for (const [p, v] of Object.entries(hw.denseFlopsPerSec) as [Precision, number][]) {
    const hit = out.find((c) => c.peak === v);
    if (hit) hit.precisions.push(p);
    else out.push({ peak: v, precisions: [p] });
  }
  return out.sort((a, b) => b.peak - a.peak);
}

const keyOf = (p: RooflinePoint) => `${p.phase}:${p.name}`;

/**
 * The explore chart's smallest height: tall enough for every roof label to
 * sit on its roof (explore draws all of a device's peaks, 2× apart), within
 * a window's reach; the column scrolls for the rest.
 */
const exploreHeight = (forLabels: number) => Math.min(520, Math.max(360, forLabels));

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const masked = usePredictMask();
  const [hot, setHot] = useState<string | null>(null);
  const result = useEngine(() => {
    if (s.mode === 'tpu-paper') {
      const devices = TPU_PAPER_DEVICES.map((d) => {
        const hw = getHardware(d.id);
        return { id: d.id, hw, ridge: deviceRidge(hw), points: tpuPaperPoints(d.id), dMac: deviceRidgeMacDerivation(hw) };
      });
      return { mode: 'tpu-paper' as const, devices };
    }
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const ridge = deviceRidge(hw);
    const precision = ridge.precision;
    const prefill = rooflinePoints(model, hw, { phase: 'prefill', batch: 1, tokens: s.prompt, precision });
    const decode = rooflinePoints(model, hw, { phase: 'decode', batch: s.batch, tokens: s.context, precision });
    const at = (batch: number) => rooflinePoints(model, hw, { phase: 'decode', batch, tokens: s.context, precision }).find((p) => p.name === 'q_proj' || p.class === 'qkv');
    const all = [...prefill, ...decode];
    const selected = all.find((p) => keyOf(p) === s.selected) ?? decode.find((p) => p.class === 'qkv') ?? all[0]!;
    return {
      mode: 'llm' as const, model, hw, ridge, precision, prefill, decode, all, selected,
      q1: at(1), q64: at(64),
      ridgeBatch: decodeComputeBoundBatch(model, hw, { tokens: s.context, precision }),
      dRidge: ridgePointDerivation(hw, precision),
      dTime: operatorTimeDerivation(hw, precision, selected),
    };
  }, [s.mode, s.modelId, s.hardwareId, s.batch, s.prompt, s.context, s.selected]);

  const modeControl = <Segmented<ModeId> {...bind('mode')} options={MODES.map((m) => ({ value: m, label: m === 'llm' ? text.modeLlm : text.modeTpu }))} />;
  const reset = <SimReset onReset={sim.reset} />;

  if (!result.ok) {
    return <SimFrame controls={<>{modeControl}</>} moreControls={reset} chart={<Notice kind="error" text={result.error} />} />;
  }
  const v = result.value;

  if (v.mode === 'tpu-paper') {
    const tpu = v.devices.find((d) => d.id === 'tpu-v1')!;
    const byId = (id: TpuPaperDeviceId) => v.devices.find((d) => d.id === id)!;
    const tpuRoofs = v.devices.map((d) => ({
      id: d.id, label: `${DEVICE_STYLE[d.id].name} ${formatSi(d.hw.denseFlopsPerSec[d.ridge.precision]!, 'ops/s')}`,
      peak: d.hw.denseFlopsPerSec[d.ridge.precision]!, bandwidth: d.hw.memoryBandwidthBytesPerSec, slopeFactor: d.ridge.flopsPerMac,
    }));
    const tpuPoints = [
      ...tpu.points.map((p) => ({ id: `bound:${p.app.id}`, x: p.macsPerWeightByte, y: p.boundOpsPerSec })),
      ...tpu.points.map((p) => ({ id: `measured:${p.app.id}`, x: p.macsPerWeightByte, y: p.measuredOpsPerSec! })),
    ];
    const chart = (
      <FitBox defaultWidth={760} defaultHeight={420} minWidth={480} minHeight={view === 'explore' ? exploreHeight(rooflineHeightForLabels(tpuRoofs, tpuPoints)) : 260} aspect={0.6}>
        {({ width, height }) => {
          const layout = layoutRooflineChart({
            width, height, roofs: tpuRoofs, points: tpuPoints,
            // The paper's full axis title where it fits the chart, else without its "(1 MAC = 2 FLOP)" (the readouts say it).
            xTitle: estimateTextWidth(t(text.xTitleTpu), chartFont.title) <= width - 8 ? t(text.xTitleTpu) : t(text.xTitleTpuShort), yTitle: t(text.yTitleTpu), xFormat: (x) => formatNumber(x), yFormat: tickSi('ops/s'),
          });
          const styles: RooflinePointStyle[] = [
            ...tpu.points.map((p) => ({
              id: `bound:${p.app.id}`, shape: 'circle' as const, color: okabeIto.vermillion, hollow: true, label: `${p.app.id} ${t(text.bound)}`,
              description: `${p.app.id}: ${p.macsPerWeightByte} MAC/B, ${t(text.bound)} ${formatSi(p.boundOpsPerSec, 'ops/s')} (${t(BOUND_TEXT[p.bound])})`,
            })),
            ...tpu.points.map((p) => ({
              id: `measured:${p.app.id}`, shape: 'star' as const, color: okabeIto.black, label: p.app.id, showLabel: true,
              description: `${p.app.id}: ${p.macsPerWeightByte} MAC/B, ${t(text.measured)} ${formatSi(p.measuredOpsPerSec!, 'ops/s')}`,
            })),
          ];
          return (
            <Roofline
              width={width} height={height} layout={layout}
              roofStyles={v.devices.map((d) => DEVICE_STYLE[d.id])}
              // A narrow chart (explore beside its readouts, a phone) leaves the three ridges' values to the
              // readouts (TPU ridge (INT8) 1,353 MAC/B …): among twelve markers they would not sit by their lines.
              ridgeLabels={v.devices.map((d) => (width < 700 ? '' : t(text.ridgeLabelTpu(DEVICE_STYLE[d.id].name, formatNumber(d.ridge.macsPerByte), PRECISION_LABEL[d.ridge.precision]))))}
              points={styles} highlighted={hot} onHighlight={setHot} label={t(text.tpuSummary)}
            />
          );
        }}
      </FitBox>
    );
    const readouts = (
      <>
        {v.devices.map((d) => (
          <Stat key={d.id} label={text.deviceRidge(DEVICE_STYLE[d.id].name, PRECISION_LABEL[d.ridge.precision])} value={d.ridge.macsPerByte}
            format={(x) => t(text.macValue(formatNumber(x), formatNumber(d.ridge.flopsPerByte)))} derivation={d.dMac} emphasis={d.id === 'tpu-v1'} />
        ))}
        <p className="rf-note">{t(text.macNote)}</p>
      </>
    );
    type AppRow = { app: (typeof TPU_PAPER_APPS)[number]; i: number };
    const rows: AppRow[] = TPU_PAPER_APPS.map((app, i) => ({ app, i }));
    const details = (
      <>
        <Notice text={text.tpuNote} />
        <LiveTable<AppRow>
          caption={text.tpuTableCaption} dense rows={rows} rowKey={(r) => r.app.id}
          columns={[
            { id: 'app', header: text.app, value: (r) => r.app.id, rowHeader: true },
            { id: 'i', header: text.intensityTable1, unit: 'MAC/B', value: (r) => r.app.macsPerWeightByte },
            { id: 'tpuBound', header: text.tpuBound, unit: 'Tops/s', value: (r) => tpu.points[r.i]!.boundOpsPerSec / 1e12 },
            { id: 'tpuMeasured', header: text.tpuMeasured, unit: 'Tops/s', value: (r) => r.app.measuredTpuOpsPerSec / 1e12 },
            { id: 'tpuSide', header: text.tpuSide, value: (r) => t(BOUND_TEXT[tpu.points[r.i]!.bound]) },
            { id: 'k80', header: text.k80Bound, unit: 'Tops/s', value: (r) => byId('k80').points[r.i]!.boundOpsPerSec / 1e12 },
            { id: 'haswell', header: text.haswellBound, unit: 'Tops/s', value: (r) => byId('haswell-e5-2699-v3').points[r.i]!.boundOpsPerSec / 1e12 },
            { id: 'rel', header: text.relative, value: (r) => `K80 ${r.app.relativeToHaswell.k80}× · TPU ${r.app.relativeToHaswell.tpu}×` },
          ]}
        />
      </>
    );
    // The same fragment shape as the LLM view's controls, so the view switch is not remounted (it keeps the focus).
    return <SimFrame controls={<>{modeControl}</>} moreControls={reset} chart={chart} readouts={readouts} details={details} takeaway={text.takeawayTpu} footerUnder="chart" />;
  }

  const { model, hw, ridge, precision, prefill, decode, all, selected } = v;
  const focus = all.find((p) => keyOf(p) === hot) ?? selected;
  const precisionName = PRECISION_LABEL[precision];
  const describe = (p: RooflinePoint) => t(text.describe({
    phase: PHASE_TEXT[p.phase], name: p.name, group: GROUP_TEXT[p.group], intensity: formatNumber(p.intensity), perf: formatFlopsPerSec(p.attainableFlopsPerSec), bound: BOUND_TEXT[p.bound],
  }));
  // On stage one roof, at the precision the ridge is quoted at; explore draws every peak the device has.
  const roofs = view === 'stage' ? ceilings(hw).filter((c) => c.precisions.includes(precision)) : ceilings(hw);
  const roofInputs = roofs.map((c) => ({ id: c.precisions.join('/'), label: `${c.precisions.map((p) => PRECISION_LABEL[p]).join('/')} ${formatFlopsPerSec(c.peak)}`, peak: c.peak, bandwidth: hw.memoryBandwidthBytesPerSec }));
  const pointInputs = all.map((p) => ({ id: keyOf(p), x: p.intensity, y: p.attainableFlopsPerSec }));
  const stops = [1, 8, 32, 128, ...(!masked && v.ridgeBatch !== null && v.ridgeBatch <= 2048 ? [{ value: v.ridgeBatch, label: text.ridgeBatchStop }] : [])];
  const controls = (
    <>
      {modeControl}
      <Select {...bind('hardwareId')} options={deviceOptions()} />
      <Slider {...bind('batch')} stops={stops} />
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Slider {...bind('prompt')} />
      <Slider {...bind('context')} />
      <Select label={text.operator} value={keyOf(selected)} options={all.map((p) => ({ value: keyOf(p), label: `${t(PHASE_TEXT[p.phase])} · ${p.name}` }))} onChange={(k) => set({ selected: k })} />
      {reset}
    </>
  );
  const chart = (
    <>
      <FitBox defaultWidth={760} defaultHeight={420} minWidth={480} minHeight={view === 'explore' ? exploreHeight(rooflineHeightForLabels(roofInputs, pointInputs)) : 220} aspect={0.6}>
        {({ width, height }) => {
          const layout = layoutRooflineChart({
            width, height, roofs: roofInputs, points: pointInputs,
            xTitle: t(text.xTitle), yTitle: t(text.yTitle), xFormat: (x) => formatNumber(x), yFormat: tickSi('FLOP/s'),
          });
          return (
            <Roofline
              width={width} height={height} layout={layout}
              roofStyles={roofs.map((_, i) => ({ color: i === 0 ? '#000000' : seriesStyle(i).color, dash: i === 0 ? '' : seriesStyle(i).dash }))}
              ridgeLabels={roofs.map((c) => (c.precisions.includes(precision) ? t(text.ridgeLabel(formatNumber(ridge.flopsPerByte), precisionName)) : ''))}
              points={all.map((p) => ({
                id: keyOf(p), shape: p.phase === 'prefill' ? 'square' : 'circle', color: GROUP_COLOR[p.group],
                label: `${p.name} (${t(PHASE_TEXT[p.phase])})`, description: describe(p),
              }))}
              highlighted={keyOf(focus)} onHighlight={setHot}
              label={t(text.summary({ device: hw.name, ridge: formatNumber(ridge.flopsPerByte), precision: precisionName, model: model.name, prefill: prefill.length, decode: decode.length, batch: s.batch }))}
            />
          );
        }}
      </FitBox>
      <p className="rf-legend">
        <span>{t(text.legendPrefill)}</span><span>{t(text.legendDecode)}</span>
        {(Object.keys(GROUP_COLOR) as (keyof typeof GROUP_COLOR)[]).map((g) => (
          <span key={g}><span aria-hidden="true" style={{ color: GROUP_COLOR[g] }}>■ </span>{t((view === 'stage' ? GROUP_SHORT : GROUP_TEXT)[g])}</span>
        ))}
      </p>
      {view === 'explore' && <p className="rf-readout" role="status">{describe(focus)}</p>}
    </>
  );
  const readouts = (
    <>
      <Stat label={text.ridge(precisionName)} value={ridge.flopsPerByte} format={(x) => `${formatNumber(x)} FLOP/B`} unit={text.macEquivalent(formatNumber(ridge.macsPerByte))} derivation={v.dRidge} emphasis />
      <Stat label={text.opTime(selected.name)} value={selected.seconds} format={(x) => formatSeconds(x)} derivation={v.dTime} />
    </>
  );
  const moreReadouts = (
    <Stat label={text.computeBoundBatch} value={v.ridgeBatch ?? Number.NaN} format={formatCount} error={v.ridgeBatch === null ? text.never : undefined} answers />
  );
  const q1 = v.q1;
  const q64 = v.q64;
  const answer = !q1 || !q64 ? 'a' : q64.intensity / q1.intensity < 2 ? 'c' : q64.intensity >= ridge.flopsPerByte ? 'b' : 'a';
  const predict = q1 && q64 ? (
    <PredictFirst
      question={text.question({ model: model.name, device: hw.name })}
      choices={[{ id: 'a', label: text.predictA }, { id: 'b', label: text.predictB }, { id: 'c', label: text.predictC }]}
      answerId={answer}
      explanation={text.explanation({ i1: formatNumber(q1.intensity), i64: formatNumber(q64.intensity), ridge: formatNumber(ridge.flopsPerByte) })}
    />
  ) : undefined;
  return (
    <SimFrame controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} moreReadouts={moreReadouts} predict={predict} takeaway={text.takeaway} footerUnder="chart" />
  );
}
