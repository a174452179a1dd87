/**
 * 图2: does the model fit? A stacked bar of weights, KV cache, activations
 * and workspace against the card's usable memory. Stage: model, device,
 * weight format, batch; the bar, weights, KV cache and total; "does it fit?"
 * asked before the bar is shown. Explore adds KV precision, INT4 groups,
 * context, tensor parallelism, a pasted config.json and the fit limits.
 */
import { useState } from 'react';
import {
  decodeBytesDerivation, decodeBytesPerStep, fitDerivation, kvCacheDerivation, largestBatchThatFits, longestContextThatFits,
  memoryBreakdown, weightBytesDerivation,
} from '../../engine/index.ts';
import { FitBox, roles, StackedBar, tickBytes } from '../../charts/index.ts';
import { formatBytes, formatCount, presetLabel, useText } from '../../i18n/index.ts';
import { Notice, PasteConfig, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, usePredictMask } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { CUSTOM_MODEL, GROUP_SIZES, KV_FORMATS, TP_DEGREES, WEIGHT_FORMATS, type Inputs, type KvFormatId, type WeightFormatId } from './inputs.ts';
import { formatLabel, hardwareOf, modelOf, parseConfig, weightFormatOf } from './scenario.ts';
import { text } from './text.ts';

const GIB = 2 ** 30;
/** Memory in GiB; a part too small to read in GiB (the workspace) in KiB or MiB. */
const gib = (v: number) => formatBytes(v, v > 0 && v < 0.01 * GIB ? 'binary' : 'GiB');
const both = (v: number) => `${formatBytes(v, 'GiB')} (${formatBytes(v, 'GB')})`;

export function Figure({ state: s, set, bind, sim }: SimViewProps<Inputs>) {
  const { t } = useText();
  const [hover, setHover] = useState<string | null>(null);
  const masked = usePredictMask();

  const result = useEngine(() => {
    const model = modelOf(s);
    const hw = hardwareOf(s);
    const weights = weightFormatOf(s.weightFormat, s.groupSize);
    const context = Math.min(s.context, model.maxPositionEmbeddings);
    const base = { weights, kv: s.kvFormat, tp: s.tp };
    const opts = { ...base, batch: s.batch, tokens: context };
    return {
      model, hw, context,
      breakdown: memoryBreakdown(model, hw, opts),
      maxBatch: largestBatchThatFits(model, hw, { ...base, tokens: context }),
      maxContext: longestContextThatFits(model, hw, { ...base, batch: s.batch }),
      decode: decodeBytesPerStep(model, hw, { ...base, batch: s.batch, contextTokens: context }),
      dWeights: weightBytesDerivation(model, weights),
      dKv: kvCacheDerivation(model, { tokens: context, batch: s.batch, dtype: s.kvFormat }),
      dFit: fitDerivation(model, hw, opts),
      dDecode: decodeBytesDerivation(model, hw, { ...base, batch: s.batch, contextTokens: context }),
    };
  }, [s]);

  const maxContext = result.ok ? result.value.model.maxPositionEmbeddings : 4096;
  const customOption = s.customConfig ? [{ value: CUSTOM_MODEL, label: text.customModel }] : [];

  const controls = (
    <>
      <Select {...bind('modelId')} options={[...modelOptions(), ...customOption]} />
      <Select {...bind('hardwareId')} options={deviceOptions()} />
      <Segmented<WeightFormatId> {...bind('weightFormat')} options={WEIGHT_FORMATS.map((f) => ({ value: f, label: formatLabel(f, 0) }))} />
      <Slider {...bind('batch')} />
    </>
  );
  const contextBinding = bind('context');
  const moreControls = (
    <>
      {s.weightFormat === 'int4' && (
        <Select label={text.groupSize} value={String(s.groupSize)} options={GROUP_SIZES.map((g) => ({ value: String(g), label: g === 0 ? text.noGroups : `g = ${g}` }))} onChange={(g) => set({ groupSize: Number(g) })} />
      )}
      <Segmented<KvFormatId> {...bind('kvFormat')} options={KV_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} />
      <Slider {...contextBinding} max={maxContext} value={Math.min(s.context, maxContext)} stops={contextBinding.stops.filter((v) => v <= maxContext)} />
      <Segmented label={text.tp} value={String(s.tp)} options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ tp: Number(v) })} />
      <SimReset onReset={sim.reset} />
    </>
  );
  const details = (
    <details className="ui-field" open={s.modelId === CUSTOM_MODEL}>
      <summary className="ui-label">{t(text.pasteSummary)}</summary>
      <PasteConfig label={text.paste} rows={6} placeholder='{"model_type": "llama", "hidden_size": 4096, …}'
        parse={parseConfig} onApply={(cfg) => set({ customConfig: cfg, modelId: CUSTOM_MODEL })} />
    </details>
  );

  if (!result.ok) {
    return <SimFrame controls={controls} moreControls={moreControls} details={details} chart={<Notice kind="error" text={result.error} />} />;
  }

  const { breakdown: b, model, hw } = result.value;
  const format = formatLabel(s.weightFormat, s.groupSize);
  const summary = masked
    ? t(text.maskedSummary)
    : t(text.summary({ weights: gib(b.weights), kv: gib(b.kv), act: gib(b.activations), ws: gib(b.workspace), total: gib(b.total), usable: gib(b.usable), fits: b.fits }));
  const usableLabel = t(text.usableLine({ usable: gib(b.usable), share: Math.round((b.usable / b.capacity) * 100), capacity: gib(b.capacity) }));
  const chart = (
    <FitBox defaultWidth={760} defaultHeight={300} minHeight={220}>
      {({ width, height }) => (
        <StackedBar
          width={width} height={height} label={summary}
          bars={[{ id: 'gpu', label: s.tp > 1 ? `${t(text.perGpu)} ×${s.tp}` : '', segments: [
            { id: 'weights', label: t(text.weights), value: b.weights, style: roles.weights },
            { id: 'kv', label: t(text.kv), value: b.kv, style: roles.kvCache },
            { id: 'activations', label: t(text.activations), value: b.activations, style: roles.activations },
            { id: 'workspace', label: t(text.workspace), value: b.workspace, style: roles.overhead },
          ] }]}
          capacity={{ value: b.usable, label: usableLabel }}
          axis={{ title: t(text.axis), format: tickBytes('GiB'), tickUnit: GIB, max: masked ? b.capacity * 1.25 : undefined }}
          valueFormat={gib}
          highlightId={hover}
          masked={masked ? t(text.masked) : undefined}
          overflowLabel={(a) => t(text.overBy(gib(a)))}
        />
      )}
    </FitBox>
  );

  const hoverTo = (map: Record<string, string>) => (sym: string | null) => setHover(sym === null ? null : map[sym] ?? null);
  const readouts = (
    <>
      <Stat label={text.weights} value={b.weights} format={both} derivation={result.value.dWeights} onHoverTerm={hoverTo({ P: 'weights', b: 'weights' })} quantity={{ bytes: 'GiB' }} answers />
      <Stat label={text.kv} value={b.kv} format={both} derivation={result.value.dKv} onHoverTerm={hoverTo({ B: 'kv', n: 'kv' })} quantity={{ bytes: 'GiB' }} />
      <Stat label={text.total} value={b.total} format={(v) => `${gib(v)} ${b.fits ? `✓ ${t(text.fits)}` : `✕ ${t(text.overBy(gib(b.total - b.usable)))}`}`} derivation={result.value.dFit}
        onHoverTerm={hoverTo({ W: 'weights', 'M_{KV}': 'kv', A: 'activations', S: 'workspace' })} quantity={{ bytes: 'GiB' }} emphasis answers />
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.maxBatch} value={result.value.maxBatch} format={(v) => (v === 0 ? t(text.none) : formatCount(v))} />
      <Stat label={text.maxContext} value={result.value.maxContext} format={(v) => (v === 0 ? t(text.none) : formatCount(v))} unit={result.value.maxContext === 0 ? undefined : text.tokens} />
      <Stat label={text.bytesPerToken} value={result.value.decode.perToken} format={(v) => formatBytes(v, 'GB')} derivation={result.value.dDecode} />
    </>
  );
  const deviceName = presetLabel(hw);
  const predict = (
    <PredictFirst
      question={text.question({ model: model.name, format, device: deviceName })}
      choices={[{ id: 'yes', label: text.yes }, { id: 'no', label: text.no }]}
      answerId={b.fits ? 'yes' : 'no'}
      explanation={text.explanation({ format, weights: both(b.weights), device: deviceName, usable: gib(b.usable), total: gib(b.total), fits: b.fits, weightsAlone: b.weights > b.usable })}
    />
  );

  return (
    <SimFrame
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway}
      details={details}
    />
  );
}
