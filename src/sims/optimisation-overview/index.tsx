/**
 * 图1 / Figure 1: one model on one device; switch optimisations on and watch
 * TTFT, TPOT, throughput, memory per GPU and energy per token move against
 * the unoptimised baseline. Every number comes from deploymentEstimate.
 */
import { useMemo } from 'react';
import { BeforeAfterBars } from '../../charts/beforeAfter/BeforeAfterBars.tsx';
import { roles, StackedBar, tickBytes } from '../../charts/index.ts';
import {
  decodeTimeDerivation, fitDerivation, isEngineError, kvCacheBytes, listHardware, listModels, type EngineDerivation, type HardwareSpec, type ModelSpec,
} from '../../engine/index.ts';
import { deploymentEstimate, type DeploymentConfig, type DeploymentEstimate } from '../../engine/serving/deploymentEstimate.ts';
import { useLang, type SimProps } from '../_protocol/index.ts';
import {
  formatBytes, formatCount, formatNumber, formatRatio, formatSeconds, formatSi, Notice, PredictFirst, ResetButton, Segmented, Select,
  SimLayout, Slider, Stat, Toggle, pickText, type Bilingual, type Lang,
} from '../../ui/index.ts';
import { cite } from '../_shared/cite.ts';
import {
  baselineConfig, canSplit, optimisedConfig, resolveHardware, resolveModel, SINGLE_CHANGES, singleChangeConfig, type SingleChange,
} from './scenario.ts';
import { BATCH_RANGE, OUTPUT_RANGE, PROMPT_RANGE, setOverview, TP_CHOICES, useOverviewStore, type OverviewInputs, type TpChoice, type WeightChoice } from './store.ts';
import { text } from './text.ts';
import './overview.css';
import { errorText as engineErrorBilingual } from '../../i18n/engine/errors.ts';

const MODEL_OPTIONS = listModels().map((m) => ({ value: m.id, label: m.name }));
const HARDWARE_OPTIONS = listHardware().map((h) => ({ value: h.id, label: h.name.replace(/^NVIDIA /, '') }));
const WEIGHT_OPTIONS: { value: WeightChoice; label: string }[] = [
  { value: 'fp16', label: 'FP16' }, { value: 'int8', label: 'INT8' }, { value: 'int4-g128', label: 'INT4 g128' },
];
const TP_OPTIONS = TP_CHOICES.map((v) => ({ value: v, label: v }));

interface Outcome {
  readonly before: DeploymentEstimate;
  readonly after: DeploymentEstimate;
  readonly afterConfig: DeploymentConfig;
  readonly tpot: EngineDerivation | null;
  readonly fit: EngineDerivation;
  /** TPOT of the baseline with one change, for the predict-first answer. */
  readonly single: Readonly<Record<SingleChange, number>>;
}

type Computed = { readonly ok: true; readonly value: Outcome } | { readonly ok: false; readonly error: Bilingual };

function errorText(e: unknown): Bilingual {
  if (isEngineError(e)) return engineErrorBilingual(e);
  return { zh: '无法计算这一组设置', en: 'These settings cannot be computed' };
}

function compute(model: ModelSpec, hw: HardwareSpec, inputs: OverviewInputs): Computed {
  try {
    const before = deploymentEstimate(model, hw, baselineConfig(inputs, model));
    const afterConfig = optimisedConfig(inputs, model, hw);
    const after = deploymentEstimate(model, hw, afterConfig);
    const meanContext = inputs.promptTokens + Math.round(inputs.outputTokens / 2);
    const tpot = after.batch > 0
      ? decodeTimeDerivation(model, hw, { batch: after.batch, tokens: meanContext, weights: afterConfig.weights, kv: afterConfig.kv, tp: afterConfig.tp, attention: afterConfig.attention })
      : null;
    const fit = fitDerivation(model, hw, after.memoryOptions);
    const single = Object.fromEntries(SINGLE_CHANGES.map((c) => {
      const d = deploymentEstimate(model, hw, singleChangeConfig(c, inputs, model));
      return [c, d.serving?.tpotSeconds ?? Number.NaN];
    })) as Record<SingleChange, number>;
    return { ok: true, value: { before, after, afterConfig, tpot, fit, single } };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const joules = (j: number) => formatSi(j, 'J');
const perSec = (lang: Lang) => (v: number) => `${formatNumber(v)} ${pickText(text.tokensPerSec, lang)}`;

function batchNote(d: DeploymentEstimate, paged: boolean, lang: Lang): string {
  if (d.batch === 0) return pickText(text.doesNotFit, lang);
  const reserve = formatCount(d.reservedTokens);
  if (d.limitedByMemory) {
    return lang === 'zh'
      ? `实际并发 ${d.batch} 个请求（想要 ${d.requestedBatch}）：每个请求${paged ? '按块' : '按最大长度'}预留 ${reserve} 个 token 的 KV，显存只装得下 ${d.batchLimit} 个。`
      : `${d.batch} requests run (wanted ${d.requestedBatch}): each reserves KV for ${reserve} tokens${paged ? ' (in blocks)' : ' (the maximum length)'}, so memory holds only ${d.batchLimit}.`;
  }
  return lang === 'zh'
    ? `实际并发 ${d.batch} 个请求；每个请求预留 ${reserve} 个 token 的 KV，显存最多装得下 ${d.batchLimit} 个。`
    : `${d.batch} request${d.batch === 1 ? '' : 's'} run; each reserves KV for ${reserve} tokens; memory could hold ${d.batchLimit}.`;
}

function predictExplanation(o: Outcome, best: SingleChange, model: ModelSpec, meanContext: number): Bilingual {
  const base = o.before.serving?.tpotSeconds ?? Number.NaN;
  const list = (l: Lang) => SINGLE_CHANGES.map((c) => `${pickText(choiceLabel[c], l)} ${ms(o.single[c])}`).join(l === 'zh' ? '；' : '; ');
  const w = gib(o.before.memory.weights);
  const kv = gib(kvCacheBytes(model, { tokens: meanContext }));
  return {
    zh: `基线 TPOT ${ms(base)}。单独改动后：${list('zh')}。批大小为 1 时，每个解码步都要读一遍全部权重（约 ${w}），而 KV cache 只有约 ${kv}，所以减少权重字节的「${pickText(choiceLabel[best], 'zh')}」最有效；分页只改变能同时容纳多少请求，不改变单个请求的速度。`,
    en: `Baseline TPOT ${ms(base)}. One change at a time: ${list('en')}. At batch 1 every decode step reads all the weights (about ${w}) but only about ${kv} of KV cache, so cutting weight bytes (${pickText(choiceLabel[best], 'en')}) helps most; paging changes how many requests fit, not how fast one runs.`,
  };
}

const choiceLabel: Record<SingleChange, Bilingual> = { int4: text.int4, 'kv-fp8': text.kvFp8Choice, flash: text.flashChoice, paging: text.pagingChoice };

export default function OptimisationOverview({ preset }: SimProps) {
  const lang = useLang();
  const inputs = useOverviewStore();
  const presetModel = resolveModel(preset.model);
  const presetHw = resolveHardware(preset.hardware);
  const model = resolveModel(inputs.model ?? presetModel.spec.id);
  const hw = resolveHardware(inputs.hardware ?? presetHw.spec.id);
  const unknown = [presetModel.unknown, presetHw.unknown, model.unknown, hw.unknown].filter((u): u is string => u !== null);
  const t = (b: Bilingual) => pickText(b, lang);

  const { weights, kvFp8, batching, batch, paged, tp, flash, promptTokens, outputTokens } = inputs;
  const computed = useMemo(
    () => compute(model.spec, hw.spec, { model: null, hardware: null, weights, kvFp8, batching, batch, paged, tp, flash, promptTokens, outputTokens }),
    [model.spec, hw.spec, weights, kvFp8, batching, batch, paged, tp, flash, promptTokens, outputTokens],
  );
  const split = canSplit(hw.spec);

  const controls = (
    <>
      <div className="ov-pair">
        <Select label={text.model} value={model.spec.id} options={MODEL_OPTIONS} onChange={(v) => setOverview({ model: v })} />
        <Select label={text.hardware} value={hw.spec.id} options={HARDWARE_OPTIONS} onChange={(v) => setOverview({ hardware: v })} />
      </div>
      <Segmented label={text.weights} value={weights} options={WEIGHT_OPTIONS} onChange={(v) => setOverview({ weights: v })} />
      <Toggle label={text.kvFp8} checked={kvFp8} onChange={(v) => setOverview({ kvFp8: v })} />
      <Toggle label={text.batching} checked={batching} onChange={(v) => setOverview({ batching: v })} />
      <Slider
        label={text.batch} value={batch} min={BATCH_RANGE.min} max={BATCH_RANGE.max} step={1} log unit={text.requests}
        stops={[1, 8, 64, 256]} disabled={!batching} onChange={(v) => setOverview({ batch: v })}
      />
      <Toggle label={text.paged} checked={paged} onChange={(v) => setOverview({ paged: v })} />
      <Segmented label={text.tp} value={split ? tp : '1'} options={TP_OPTIONS} disabled={!split} onChange={(v: TpChoice) => setOverview({ tp: v })} />
      {!split && <p className="ov-hint">{t(text.tpUnavailable)}</p>}
      <Toggle label={text.flash} checked={flash} onChange={(v) => setOverview({ flash: v })} />
      <fieldset className="ov-workload">
        <legend className="ui-label">{t(text.workload)}</legend>
        <Slider label={text.prompt} value={promptTokens} min={PROMPT_RANGE.min} max={PROMPT_RANGE.max} step={1} log unit={text.tokens} stops={[128, 512, 2048]} onChange={(v) => setOverview({ promptTokens: v })} />
        <Slider label={text.output} value={outputTokens} min={OUTPUT_RANGE.min} max={OUTPUT_RANGE.max} step={1} log unit={text.tokens} stops={[32, 256, 1024]} onChange={(v) => setOverview({ outputTokens: v })} />
      </fieldset>
      <div data-action="sim-reset" className="ov-reset"><ResetButton onReset={() => useOverviewStore.reset()} /></div>
    </>
  );

  const notices = unknown.length > 0 ? <Notice kind="warning" text={{ zh: text.unknownPreset.zh + unknown.join('、'), en: text.unknownPreset.en + unknown.join(', ') }} /> : null;

  if (!computed.ok) {
    return (
      <div className="ov-root">
        <SimLayout controls={controls} chart={<div>{notices}<Notice kind="error" text={computed.error} /></div>} />
      </div>
    );
  }

  const o = computed.value;
  const { before, after } = o;
  const bs = before.serving;
  const as = after.serving;
  const memoryBars = [
    { id: 'before', label: t(text.baseline), d: before },
    { id: 'after', label: t(text.optimised), d: after },
  ].map(({ id, label, d }) => ({
    id, label,
    segments: [
      { id: 'weights', label: t(text.weightsPart), value: d.memory.weights, style: roles.weights },
      { id: 'kv', label: t(text.kvPart), value: d.memory.kv, style: roles.kvCache },
      { id: 'activations', label: t(text.activationsPart), value: d.memory.activations, style: roles.activations },
      { id: 'workspace', label: t(text.workspacePart), value: d.memory.workspace, style: roles.overhead },
    ],
  }));
  const usable = after.memory.usable;
  const capacityLabel = lang === 'zh'
    ? `可用 ${gib(usable)}（${gib(after.memory.capacity)} × ${formatNumber(usable / after.memory.capacity * 100)}%）`
    : `usable ${gib(usable)} (${gib(after.memory.capacity)} × ${formatNumber(usable / after.memory.capacity * 100)}%)`;
  const memorySummary = lang === 'zh'
    ? `每 GPU 显存：基线 ${gib(before.memory.total)}，优化后 ${gib(after.memory.total)}，可用 ${gib(usable)}。`
    : `Memory per GPU: baseline ${gib(before.memory.total)}, optimised ${gib(after.memory.total)}, usable ${gib(usable)}.`;

  const nan = Number.NaN;
  const rows = [
    { id: 'ttft', label: ['TTFT'], before: bs?.ttftSeconds ?? nan, after: as?.ttftSeconds ?? nan, format: ms, better: 'lower' as const },
    { id: 'tpot', label: ['TPOT'], before: bs?.tpotSeconds ?? nan, after: as?.tpotSeconds ?? nan, format: ms, better: 'lower' as const },
    { id: 'throughput', label: [t(text.throughput)], before: bs?.tokensPerSecond ?? nan, after: as?.tokensPerSecond ?? nan, format: perSec(lang), better: 'higher' as const },
    { id: 'energy', label: [t(text.energyShort), `(${t(text.energyNote)})`], before: before.energy?.joulesPerToken ?? nan, after: after.energy?.joulesPerToken ?? nan, format: joules, better: 'lower' as const },
  ];
  const changeText = (f: number) => {
    if (!Number.isFinite(f)) return '—';
    if (Math.abs(f - 1) < 0.005) return lang === 'zh' ? '不变' : 'same';
    return f > 1 ? (lang === 'zh' ? `好 ${formatRatio(f)}` : `${formatRatio(f)} better`) : (lang === 'zh' ? `差 ${formatRatio(1 / f)}` : `${formatRatio(1 / f)} worse`);
  };
  const compareSummary = rows.map((r) => `${r.label.join(' ')}: ${r.format(r.before)} → ${r.format(r.after)}`).join('; ');

  const best = SINGLE_CHANGES.reduce((a, c) => (o.single[c] < o.single[a] ? c : a), SINGLE_CHANGES[0] as SingleChange);

  const chart = (
    <div className="ov-charts">
      {notices}
      <StackedBar
        width={760} height={215}
        label={memorySummary}
        bars={memoryBars}
        capacity={{ value: usable, label: capacityLabel }}
        axis={{ title: t(text.memoryAxis), format: tickBytes('GiB'), tickUnit: 2 ** 30 }}
        valueFormat={gib}
        overflowLabel={(a) => `${t(text.over)} ${gib(a)}`}
      />
      <p className="ov-batch" role="status">{batchNote(after, paged, lang)}</p>
      <BeforeAfterBars
        width={760} height={230}
        label={compareSummary}
        rows={rows}
        legend={{ before: t(text.baseline), after: t(text.optimised) }}
        changeText={changeText}
      />
    </div>
  );

  const noTiming = after.batch === 0 ? text.doesNotFit : undefined;
  const outputs = (
    <>
      <Stat label={text.ttft} value={as?.ttftSeconds ?? nan} format={ms} baseline={bs?.ttftSeconds} baselineLabel={text.vsBaseline} error={noTiming} />
      <Stat label={text.tpot} value={as?.tpotSeconds ?? nan} format={ms} baseline={bs?.tpotSeconds} baselineLabel={text.vsBaseline} error={noTiming}
        derivation={o.tpot ?? undefined} source={cite('williams-2009-roofline')} emphasis />
      <Stat label={text.throughput} value={as?.tokensPerSecond ?? nan} format={perSec(lang)} baseline={bs?.tokensPerSecond} baselineLabel={text.vsBaseline} delta="ratio" error={noTiming} />
      <Stat label={text.memory} value={after.memory.total} format={gib} baseline={before.memory.total} baselineLabel={text.vsBaseline}
        derivation={o.fit} source={cite('vllm-engine-args')} quantity={{ bytes: 'GiB' }} />
      <Stat label={text.energy} value={after.energy?.joulesPerToken ?? nan} format={joules} baseline={before.energy?.joulesPerToken} baselineLabel={text.vsBaseline} error={noTiming}
        derivation={after.energy?.derivation} source={cite('horowitz-2014-isscc')} />
    </>
  );

  return (
    <div className="ov-root">
    <SimLayout
      controls={controls}
      chart={chart}
      outputs={outputs}
      takeaway={text.takeaway}
      footer={
        <details className="ov-predict">
          <summary>{t(text.predictSummary)}</summary>
          <PredictFirst
            question={text.predictQuestion}
            choices={SINGLE_CHANGES.map((c) => ({ id: c, label: choiceLabel[c] }))}
            answerId={best}
            explanation={predictExplanation(o, best, model.spec, promptTokens + Math.round(outputTokens / 2))}
          />
        </details>
      }
    />
    </div>
  );
}
