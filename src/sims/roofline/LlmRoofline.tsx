import { useMemo, useState, type ReactNode } from 'react';
import {
  getHardware, getModel, listHardware, listModels, ridgePoint, ridgePointDerivation,
  type HardwareSpec, type Precision,
} from '../../engine/index.ts';
import { defaultComputePrecision, rooflinePoints, type RooflinePoint } from '../../engine/compute/operatorBounds.ts';
import { decodeComputeBoundBatch } from '../../engine/compute/ridgeBatch.ts';
import { operatorTimeDerivation } from '../../engine/compute/derivations.ts';
import { layoutRooflineChart } from '../../charts/roofline/layout.ts';
import { Roofline, type RooflinePointStyle } from '../../charts/roofline/Roofline.tsx';
import { okabeIto, seriesStyle, tickSi } from '../../charts/index.ts';
import { formatFlopsPerSec as fmtFlopsPerSec } from '../../i18n/format.ts';
import { formatCount, formatNumber, formatSeconds, PredictFirst, Select, SimLayout, Slider, Stat, useText, type Bilingual } from '../../ui/index.ts';
import { GROUP_TEXT, PHASE_TEXT, T, BOUND_TEXT } from './text.ts';
import { LIMITS, setRoofline, type RooflineInputs } from './store.ts';

const W = 1000;
const H = 500;

export const GROUP_COLOR = { linear: okabeIto.blue, attention: okabeIto.vermillion, elementwise: okabeIto.bluishGreen, 'lm-head': okabeIto.reddishPurple } as const;

/** One ceiling per distinct peak the device has, labelled with the precisions sharing it. */
export function ceilings(hw: HardwareSpec): { peak: number; precisions: Precision[] }[] {
  const out: { peak: number; precisions: Precision[] }[] = [];
  for (const [p, v] of Object.entries(hw.denseFlopsPerSec) as [Precision, number][]) {
    const hit = out.find((c) => c.peak === v);
    if (hit) hit.precisions.push(p);
    else out.push({ peak: v, precisions: [p] });
  }
  return out.sort((a, b) => b.peak - a.peak);
}

export function LlmRoofline({ inputs, modeControl, resetControl }: { inputs: RooflineInputs; modeControl: ReactNode; resetControl: ReactNode }) {
  const { lang, t } = useText();
  const model = getModel(inputs.model);
  const hw = getHardware(inputs.hardware);
  const precision = defaultComputePrecision(hw);
  const [hot, setHot] = useState<string | null>(null);

  const prefill = useMemo(() => rooflinePoints(model, hw, { phase: 'prefill', batch: 1, tokens: inputs.prompt, precision }), [model, hw, inputs.prompt, precision]);
  const decode = useMemo(() => rooflinePoints(model, hw, { phase: 'decode', batch: inputs.batch, tokens: inputs.context, precision }), [model, hw, inputs.batch, inputs.context, precision]);
  const ridgeBatch = useMemo(() => decodeComputeBoundBatch(model, hw, { tokens: inputs.context, precision }), [model, hw, inputs.context, precision]);
  const all: RooflinePoint[] = [...prefill, ...decode];
  const keyOf = (p: RooflinePoint) => `${p.phase}:${p.name}`;
  const selected = all.find((p) => keyOf(p) === inputs.selected) ?? decode.find((p) => p.name === 'q_proj') ?? all[0]!;
  const focus = all.find((p) => keyOf(p) === hot) ?? selected;

  const roofs = ceilings(hw);
  const layout = layoutRooflineChart({
    width: W, height: H,
    roofs: roofs.map((c) => ({ id: c.precisions.join('/'), label: `${c.precisions.join('/').toUpperCase()} ${fmtFlopsPerSec(c.peak)}`, peak: c.peak, bandwidth: hw.memoryBandwidthBytesPerSec })),
    points: all.map((p) => ({ id: keyOf(p), x: p.intensity, y: p.attainableFlopsPerSec })),
    xTitle: t(T.xTitle), yTitle: t(T.yTitle), xFormat: (v) => formatNumber(v), yFormat: tickSi('FLOP/s'),
  });
  const describe = (p: RooflinePoint) =>
    `${t(PHASE_TEXT[p.phase])} · ${p.name} · ${t(GROUP_TEXT[p.group])}: I = ${formatNumber(p.intensity)} FLOP/B, ${fmtFlopsPerSec(p.attainableFlopsPerSec)}, ${t(BOUND_TEXT[p.bound])}`;
  const styles: RooflinePointStyle[] = all.map((p) => ({
    id: keyOf(p), shape: p.phase === 'prefill' ? 'square' : 'circle', color: GROUP_COLOR[p.group],
    label: `${p.name} (${t(PHASE_TEXT[p.phase])})`, description: describe(p),
  }));
  const ridge = ridgePoint(hw, precision);
  const summary = lang === 'zh'
    ? `${hw.name} 的屋顶线，拐点 ${formatNumber(ridge)} FLOP/B；${model.name} 的 ${prefill.length} 个预填充算子和 ${decode.length} 个解码算子（批大小 ${inputs.batch}）。`
    : `Roofline of ${hw.name}, ridge ${formatNumber(ridge)} FLOP/B; ${prefill.length} prefill and ${decode.length} decode operators of ${model.name} (batch ${inputs.batch}).`;

  const opOptions = all.map((p) => ({ value: keyOf(p), label: `${t(PHASE_TEXT[p.phase])} · ${p.name}` }));
  const stops = [1, 8, 32, 128, ...(ridgeBatch !== null && ridgeBatch <= LIMITS.batch[1] ? [{ value: ridgeBatch, label: T.ridgeBatch as Bilingual }] : [])];

  return (
    <SimLayout
      controls={<>
        {modeControl}
        <Select label={T.model} value={inputs.model} options={listModels().map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setRoofline({ model: v })} />
        <Select label={T.hardware} value={inputs.hardware} options={listHardware().map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setRoofline({ hardware: v })} />
        <Slider label={T.batch} value={inputs.batch} min={LIMITS.batch[0]} max={LIMITS.batch[1]} step={1} log stops={stops} onChange={(v) => setRoofline({ batch: v })} />
        <Slider label={T.prompt} value={inputs.prompt} min={LIMITS.prompt[0]} max={LIMITS.prompt[1]} step={1} log unit={T.tokens} onChange={(v) => setRoofline({ prompt: v })} />
        <Slider label={T.context} value={inputs.context} min={LIMITS.context[0]} max={LIMITS.context[1]} step={1} log unit={T.tokens} onChange={(v) => setRoofline({ context: v })} />
        <Select label={T.operator} value={keyOf(selected)} options={opOptions} onChange={(v) => setRoofline({ selected: v })} />
        {resetControl}
      </>}
      chart={<>
        <Roofline
          width={W} height={H} layout={layout}
          roofStyles={roofs.map((_, i) => ({ color: i === 0 ? '#000000' : seriesStyle(i).color, dash: i === 0 ? '' : seriesStyle(i).dash }))}
          ridgeLabels={roofs.map((c) => (c.precisions.includes(precision) ? `I* = ${formatNumber(c.peak / hw.memoryBandwidthBytesPerSec)} FLOP/B` : ''))}
          points={styles} highlighted={keyOf(focus)} onHighlight={setHot} label={summary}
        />
        <div className="roofline-legend" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', fontSize: '17px' }}>
          <span>■ {t(PHASE_TEXT.prefill)}</span><span>● {t(PHASE_TEXT.decode)}</span>
          {(Object.keys(GROUP_COLOR) as (keyof typeof GROUP_COLOR)[]).map((g) => (
            <span key={g}><span aria-hidden="true" style={{ color: GROUP_COLOR[g] }}>■ </span>{t(GROUP_TEXT[g])}</span>
          ))}
        </div>
        <p className="roofline-readout" role="status" style={{ margin: '0.25rem 0', minHeight: '2.6em', fontSize: '18px' }}>{describe(focus)}</p>
      </>}
      outputs={<>
        <Stat label={T.ridge} value={ridge} format={(v) => formatNumber(v)} unit="FLOP/B" derivation={ridgePointDerivation(hw, precision)} />
        <Stat label={T.opTime} value={selected.seconds} format={(v) => formatSeconds(v)} derivation={operatorTimeDerivation(hw, precision, selected)} />
        <Stat label={T.computeBoundBatch} value={ridgeBatch ?? Number.NaN} format={(v) => formatCount(v)} {...(ridgeBatch === null ? { error: T.never } : {})} />
        <PredictFirst
          question={T.predictQ}
          choices={[{ id: 'a', label: T.predictA }, { id: 'b', label: T.predictB }, { id: 'c', label: T.predictC }]}
          answerId="a" explanation={T.predictWhy}
        />
      </>}
      takeaway={T.takeaway}
    />
  );
}
