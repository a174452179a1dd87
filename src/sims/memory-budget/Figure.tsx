import { useMemo, useState } from 'react';
import {
  fitDerivation, kvCacheDerivation, largestBatchThatFits, listHardware, listModels, longestContextThatFits,
  memoryBreakdown, weightBytesDerivation, getHardware, getModel,
} from '../../engine/index.ts';
import { decodeBytesDerivation, decodeBytesPerStep } from '../../engine/memory/decodeBytes.ts';
import { roles, StackedBar, tickBytes } from '../../charts/index.ts';
import {
  Notice, PasteConfig, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, formatBytes, formatCount, useText,
} from '../../ui/index.ts';
import { errorText, formatLabel, hardwareOf, modelOf, parseConfig, weightFormatOf } from './scenario.ts';
import { CUSTOM_MODEL, GROUP_SIZES, KV_FORMATS, TP_DEGREES, WEIGHT_FORMATS, useMemoryBudget, type KvFormatId, type WeightFormatId } from './store.ts';
import { text } from './text.ts';

const GIB = 2 ** 30;
const gib = (v: number) => formatBytes(v, 'GiB');
const both = (v: number) => `${formatBytes(v, 'GiB')} (${formatBytes(v, 'GB')})`;

function useStory() {
  // The predict-first answer is the engine's, for the story's own setting.
  return useMemo(() => {
    const m = memoryBreakdown(getModel('llama-2-13b'), getHardware('rtx-4090'), { batch: 1, tokens: 4096 });
    return { fits: m.fits, weights: m.weights, usable: m.usable, weightsAlone: m.weights > m.usable };
  }, []);
}

export function Figure({ notice }: { notice: boolean }) {
  const s = useMemoryBudget();
  const { t, lang } = useText();
  const [hover, setHover] = useState<string | null>(null);
  const story = useStory();

  const result = useMemo(() => {
    try {
      const model = modelOf(s);
      const hw = hardwareOf(s);
      const weights = weightFormatOf(s.weightFormat, s.groupSize);
      const context = Math.min(s.context, model.maxPositionEmbeddings);
      const base = { weights, kv: s.kvFormat, tp: s.tp };
      const opts = { ...base, batch: s.batch, tokens: context };
      return {
        ok: true as const, model, hw, context,
        breakdown: memoryBreakdown(model, hw, opts),
        maxBatch: largestBatchThatFits(model, hw, { ...base, tokens: context }),
        maxContext: longestContextThatFits(model, hw, { ...base, batch: s.batch }),
        decode: decodeBytesPerStep(model, hw, { ...base, batch: s.batch, contextTokens: context }),
        dWeights: weightBytesDerivation(model, weights),
        dKv: kvCacheDerivation(model, { tokens: context, batch: s.batch, dtype: s.kvFormat }),
        dFit: fitDerivation(model, hw, opts),
        dDecode: decodeBytesDerivation(model, hw, { ...base, batch: s.batch, contextTokens: context }),
      };
    } catch (e) {
      return { ok: false as const, error: errorText(e) };
    }
  }, [s]);

  const set = useMemoryBudget.setState;
  const maxContext = result.ok ? result.model.maxPositionEmbeddings : 4096;

  const modelOptions = [
    ...listModels().map((m) => ({ value: m.id, label: m.name })),
    ...(s.customConfig ? [{ value: CUSTOM_MODEL, label: text.customModel }] : []),
  ];
  const controls = (
    <>
      <Select label={text.model} value={s.modelId} options={modelOptions} onChange={(modelId) => set({ modelId })} />
      <details className="ui-field">
        <summary className="ui-label">{t(text.pasteSummary)}</summary>
        <PasteConfig label={text.paste} rows={4} placeholder='{"model_type": "llama", "hidden_size": 4096, …}'
          parse={parseConfig} onApply={(cfg) => set({ customConfig: cfg, modelId: CUSTOM_MODEL })} />
      </details>
      <Select label={text.device} value={s.hardwareId} options={listHardware().map((h) => ({ value: h.id, label: `${h.name} (${h.memoryCapacityPrinted.value} ${h.memoryCapacityPrinted.label})` }))} onChange={(hardwareId) => set({ hardwareId })} />
      <Segmented<WeightFormatId> label={text.weightFormat} value={s.weightFormat} options={WEIGHT_FORMATS.map((f) => ({ value: f, label: formatLabel(f, 0) }))} onChange={(weightFormat) => set({ weightFormat })} />
      {s.weightFormat === 'int4' && (
        <Select label={text.groupSize} value={String(s.groupSize)} options={GROUP_SIZES.map((g) => ({ value: String(g), label: g === 0 ? text.noGroups : `g = ${g}` }))} onChange={(g) => set({ groupSize: Number(g) })} />
      )}
      <Segmented<KvFormatId> label={text.kvFormat} value={s.kvFormat} options={KV_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} onChange={(kvFormat) => set({ kvFormat })} />
      <Slider label={text.batch} value={s.batch} min={1} max={256} step={1} log stops={[1, 8, 32, 128]} onChange={(batch) => set({ batch })} />
      <Slider label={text.context} value={Math.min(s.context, maxContext)} min={128} max={maxContext} step={1} log unit={text.tokens}
        stops={[512, 2048, 4096, 32768].filter((v) => v <= maxContext)} onChange={(context) => set({ context })} />
      <Segmented label={text.tp} value={String(s.tp)} options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ tp: Number(v) })} />
      <ResetButton onReset={() => useMemoryBudget.reset()} />
    </>
  );

  let chart;
  let outputs;
  if (!result.ok) {
    chart = <Notice kind="error" text={result.error} />;
    outputs = undefined;
  } else {
    const b = result.breakdown;
    const summary = lang === 'zh'
      ? `每张 GPU：权重 ${gib(b.weights)}，KV cache ${gib(b.kv)}，激活 ${gib(b.activations)}，工作区 ${gib(b.workspace)}，合计 ${gib(b.total)}，可用 ${gib(b.usable)}，${b.fits ? '装得下' : '装不下'}`
      : `Per GPU: weights ${gib(b.weights)}, KV cache ${gib(b.kv)}, activations ${gib(b.activations)}, workspace ${gib(b.workspace)}, total ${gib(b.total)} of ${gib(b.usable)} usable: ${b.fits ? 'fits' : 'does not fit'}`;
    chart = (
      <StackedBar
        width={680} height={330} label={summary}
        bars={[{ id: 'gpu', label: s.tp > 1 ? `${t(text.perGpu)} ×${s.tp}` : '', segments: [
          { id: 'weights', label: t(text.weights), value: b.weights, style: roles.weights },
          { id: 'kv', label: t(text.kv), value: b.kv, style: roles.kvCache },
          { id: 'activations', label: t(text.activations), value: b.activations, style: roles.activations },
          { id: 'workspace', label: t(text.workspace), value: b.workspace, style: roles.overhead },
        ] }]}
        capacity={{ value: b.usable, label: `${t(text.usable)} ${gib(b.usable)} = ${Math.round((b.usable / b.capacity) * 100)}% × ${gib(b.capacity)}` }}
        axis={{ title: t(text.axis), format: tickBytes('GiB'), tickUnit: GIB }}
        valueFormat={gib}
        highlightId={hover}
        overflowLabel={(a) => `${t(text.overBy)} ${gib(a)}`}
      />
    );
    const hoverTo = (map: Record<string, string>) => (sym: string | null) => setHover(sym === null ? null : map[sym] ?? null);
    outputs = (
      <>
        <Stat label={text.weights} value={b.weights} format={both} derivation={result.dWeights} onHoverTerm={hoverTo({ P: 'weights', b: 'weights' })} quantity={{ bytes: 'GiB' }} />
        <Stat label={text.kv} value={b.kv} format={both} derivation={result.dKv} onHoverTerm={hoverTo({ B: 'kv', T: 'kv' })} quantity={{ bytes: 'GiB' }} />
        <Stat label={{ zh: `${t(text.total)}：${t(b.fits ? text.fits : text.none)}`, en: `${t(text.total)}: ${t(b.fits ? text.fits : text.none)}` }} value={b.total} format={(v) => `${gib(v)} ${b.fits ? '✓' : '✕'}`} derivation={result.dFit}
          onHoverTerm={hoverTo({ W: 'weights', 'M_{KV}': 'kv', A: 'activations', S: 'workspace' })} quantity={{ bytes: 'GiB' }} emphasis />
        <div className="mb-fit-pair">
          <Stat label={text.maxBatch} value={result.maxBatch} format={(v) => (v === 0 ? t(text.none) : formatCount(v))} />
          <Stat label={text.maxContext} value={result.maxContext} format={(v) => (v === 0 ? t(text.none) : formatCount(v))} unit={result.maxContext === 0 ? undefined : text.tokens} />
        </div>
        <Stat label={text.bytesPerToken} value={result.decode.perToken} format={(v) => formatBytes(v, 'GB')} derivation={result.dDecode} />
      </>
    );
  }

  return (
    <SimLayout
      controls={controls}
      chart={<>{notice && <Notice kind="info" text={text.unknownPreset} />}{chart}<div className="mb-predict">
        <PredictFirst question={text.question} choices={[{ id: 'yes', label: text.yes }, { id: 'no', label: text.no }]} answerId={story.fits ? 'yes' : 'no'}
          explanation={{
            zh: `FP16 权重就有 ${both(story.weights)}，而 RTX 4090 按 90% 利用率只能用 ${gib(story.usable)}${story.weightsAlone ? '——仅权重就越过了容量线。' : '。'}`,
            en: `The FP16 weights are ${both(story.weights)}, while an RTX 4090 at 90% utilisation offers ${gib(story.usable)}${story.weightsAlone ? ': the weights alone cross the line.' : '.'}`,
          }} />
      </div></>}
      outputs={outputs}
      takeaway={text.takeaway}
    />
  );
}
