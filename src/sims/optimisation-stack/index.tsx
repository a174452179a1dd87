/**
 * 图13 / Figure 13: best practices applied one by one to one model on one
 * device. Each waterfall bar is the engine's change for adding that practice
 * (practiceStack); the presenter steps through with Previous/Next, students
 * may reorder or switch practices off.
 */
import { useMemo } from 'react';
import { tickBytes, tickSeconds, tickSi } from '../../charts/index.ts';
import { Waterfall } from '../../charts/waterfall/Waterfall.tsx';
import { isEngineError, listHardware, listModels, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import type { PracticeId, PracticeLevel } from '../../engine/serving/practiceStack.ts';
import { ClickerSteps, useLang, type SimProps } from '../_protocol/index.ts';
import {
  formatBytes, formatNumber, formatSeconds, formatSi, Notice, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, Stepper, Toggle,
  pickText, type Bilingual, type Lang,
} from '../../ui/index.ts';
import { cite } from '../_shared/cite.ts';
import { explainStep } from './explain.ts';
import { cachedLevel, practiceSettings, resolveHardware, resolveModel, stackLevels } from './levels.ts';
import {
  BATCH_RANGE, METRIC_CHOICES, movePractice, OUTPUT_RANGE, OVERLAP_PERCENT_RANGE, PROMPT_RANGE, setStack, TARGET_MS_RANGE, togglePractice,
  useStackStore, type MetricChoice, type StackInputs, type WeightChoice,
} from './store.ts';
import { boundName, metricName, practiceName, practiceShort, text } from './text.ts';
import './stack.css';
import { errorText } from '../../i18n/engine/errors.ts';

const MODEL_OPTIONS = listModels().map((m) => ({ value: m.id, label: m.name }));
const HARDWARE_OPTIONS = listHardware().map((h) => ({ value: h.id, label: h.name.replace(/^NVIDIA /, '') }));
const WEIGHT_OPTIONS: { value: WeightChoice; label: string }[] = [{ value: 'int8', label: 'INT8' }, { value: 'int4-g128', label: 'INT4 g128' }];
const METRIC_OPTIONS = METRIC_CHOICES.map((m) => ({ value: m, label: metricName[m] }));

type Computed = { readonly ok: true; readonly levels: PracticeLevel[]; readonly quantOnly: PracticeLevel } | { readonly ok: false; readonly error: Bilingual };

function compute(model: ModelSpec, hw: HardwareSpec, active: readonly PracticeId[], inputs: StackInputs): Computed {
  try {
    const settings = practiceSettings(inputs, model);
    const levels = stackLevels(model, hw, active, settings);
    return { ok: true, levels, quantOnly: cachedLevel(model, hw, ['quantise-weights'], settings) };
  } catch (e) {
    if (isEngineError(e)) return { ok: false, error: errorText(e) };
    return { ok: false, error: { zh: '无法计算这一组设置', en: 'These settings cannot be computed' } };
  }
}

/** Two short lines under a waterfall bar. */
function barLabel(p: PracticeId | 'baseline', level: PracticeLevel, weights: WeightChoice, lang: Lang): string[] {
  const zh = lang === 'zh';
  switch (p) {
    case 'baseline': return zh ? ['基线', 'FP16'] : ['Baseline', 'FP16'];
    case 'quantise-weights': return zh ? ['权重', weights === 'int8' ? 'INT8' : 'INT4'] : ['Weights', weights === 'int8' ? 'INT8' : 'INT4'];
    case 'kv-fp8': return ['KV cache', 'FP8'];
    case 'batching': return zh ? ['分页 +', '连续批处理'] : ['Paging +', 'batching'];
    case 'fused-attention': return zh ? ['融合', '注意力'] : ['Fused', 'attention'];
    case 'tensor-parallel': return zh ? ['张量并行', `×${level.tp}`] : ['Tensor', `parallel ×${level.tp}`];
    case 'overlap': return zh ? ['通信', '重叠'] : ['Comm.', 'overlap'];
  }
}

interface MetricSpec {
  readonly value: (l: PracticeLevel) => number | null;
  readonly better: 'lower' | 'higher';
  readonly format: (v: number) => string;
  readonly tick: (v: number) => string;
  readonly tickUnit?: number;
  readonly axis: Bilingual;
}

const signed = (d: number, f: (v: number) => string) => `${d < 0 ? '−' : '+'}${f(Math.abs(d))}`;

const METRICS: Readonly<Record<MetricChoice, MetricSpec>> = {
  tokens: {
    value: (l) => l.tokensPerSecond, better: 'higher', format: (v) => formatSi(v, 'tok/s'), tick: tickSi('tok/s'),
    axis: { zh: '吞吐', en: 'Throughput' },
  },
  memory: {
    value: (l) => l.memoryPerGpuBytes, better: 'lower', format: (v) => formatBytes(v, 'GiB'), tick: tickBytes('GiB'), tickUnit: 2 ** 30,
    axis: { zh: '显存/GPU', en: 'Mem./GPU' },
  },
  energy: {
    value: (l) => l.joulesPerToken, better: 'lower', format: (v) => formatSi(v, 'J'), tick: tickSi('J'),
    axis: { zh: '能耗/token', en: 'J/token' },
  },
  ttft: {
    value: (l) => l.ttftSeconds, better: 'lower', format: (v) => formatSeconds(v, 'ms'), tick: tickSeconds,
    axis: { zh: 'TTFT', en: 'TTFT' },
  },
};

const ms = (s: number) => formatSeconds(s, 'ms');

export default function OptimisationStack({ preset }: SimProps) {
  const lang = useLang();
  const t = (b: Bilingual) => pickText(b, lang);
  const inputs = useStackStore();
  const presetModel = resolveModel(preset.model);
  const presetHw = resolveHardware(preset.hardware);
  const model = resolveModel(inputs.model ?? presetModel.spec.id);
  const hw = resolveHardware(inputs.hardware ?? presetHw.spec.id);
  const unknown = [presetModel.unknown, presetHw.unknown, model.unknown, hw.unknown].filter((u): u is string => u !== null);

  const { order, off, weights, batch, targetMs, overlapPercent, promptTokens, outputTokens, metric } = inputs;
  const active = useMemo(() => order.filter((p) => !off.includes(p)), [order, off]);
  const computed = useMemo(
    () => compute(model.spec, hw.spec, active, inputs),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the inputs that change numbers
    [model.spec, hw.spec, active, weights, batch, targetMs, overlapPercent, promptTokens, outputTokens],
  );
  const step = Math.min(Math.max(0, inputs.step), active.length);

  const controls = (
    <>
      <div className="os-pair">
        <Select label={text.model} value={model.spec.id} options={MODEL_OPTIONS} onChange={(v) => setStack({ model: v })} />
        <Select label={text.hardware} value={hw.spec.id} options={HARDWARE_OPTIONS} onChange={(v) => setStack({ hardware: v })} />
      </div>
      <fieldset className="os-box">
        <legend className="ui-label">{t(text.practices)}</legend>
        <ol className="os-order">
          {order.map((p, i) => (
            <li key={p} className="os-item">
              <Toggle label={practiceShort[p]} checked={!off.includes(p)} onChange={(on) => togglePractice(p, on)} />
              <span className="os-move">
                <button type="button" className="ui-button os-arrow" disabled={i === 0} aria-label={`${t(text.earlier)}: ${t(practiceName[p])}`} onClick={() => movePractice(p, -1)}>▲</button>
                <button type="button" className="ui-button os-arrow" disabled={i === order.length - 1} aria-label={`${t(text.later)}: ${t(practiceName[p])}`} onClick={() => movePractice(p, 1)}>▼</button>
              </span>
            </li>
          ))}
        </ol>
      </fieldset>
      <fieldset className="os-box">
        <legend className="ui-label">{t(text.settings)}</legend>
        <Segmented label={text.weights} value={weights} options={WEIGHT_OPTIONS} onChange={(v) => setStack({ weights: v })} />
        <Slider label={text.batch} value={batch} min={BATCH_RANGE.min} max={BATCH_RANGE.max} step={1} log unit={text.requests} stops={[1, 8, 64, 256]} onChange={(v) => setStack({ batch: v })} />
        <Slider label={text.target} value={targetMs} min={TARGET_MS_RANGE.min} max={TARGET_MS_RANGE.max} step={1} log unit="ms" stops={[10, 25, 50, 100]} onChange={(v) => setStack({ targetMs: v })} />
        <Slider label={text.overlap} value={overlapPercent} min={OVERLAP_PERCENT_RANGE.min} max={OVERLAP_PERCENT_RANGE.max} step={1} unit="%" stops={[0, 50, 100]} onChange={(v) => setStack({ overlapPercent: v })} />
        <p className="os-hint">{t(text.overlapHint)}</p>
      </fieldset>
      <fieldset className="os-box">
        <legend className="ui-label">{t(text.workload)}</legend>
        <Slider label={text.prompt} value={promptTokens} min={PROMPT_RANGE.min} max={PROMPT_RANGE.max} step={1} log unit={text.tokens} stops={[128, 512, 2048]} onChange={(v) => setStack({ promptTokens: v })} />
        <Slider label={text.output} value={outputTokens} min={OUTPUT_RANGE.min} max={OUTPUT_RANGE.max} step={1} log unit={text.tokens} stops={[32, 256, 1024]} onChange={(v) => setStack({ outputTokens: v })} />
      </fieldset>
      <div data-action="sim-reset" className="os-reset"><ResetButton onReset={() => useStackStore.reset()} /></div>
    </>
  );

  const notices = unknown.length > 0 ? <Notice kind="warning" text={{ zh: text.unknownPreset.zh + unknown.join('、'), en: text.unknownPreset.en + unknown.join(', ') }} /> : null;
  if (!computed.ok) {
    return <div className="os-root"><SimLayout controls={controls} chart={<div>{notices}<Notice kind="error" text={computed.error} /></div>} /></div>;
  }

  const { levels, quantOnly } = computed;
  const current = levels[step] as PracticeLevel;
  const ids: (PracticeId | 'baseline')[] = ['baseline', ...active];
  const titles = ids.map((p) => practiceName[p]);
  const explanation = explainStep(ids[step] as PracticeId | 'baseline', step > 0 ? levels[step - 1] ?? null : null, current, weights, targetMs, lang);
  const missing = t(text.doesNotFit);

  const steps = (value: (l: PracticeLevel) => number | null) => levels.map((l, i) => ({
    id: ids[i] as string, label: barLabel(ids[i] as PracticeId | 'baseline', l, weights, lang), value: value(l), revealed: i <= step,
  }));
  const summary = (name: string, value: (l: PracticeLevel) => number | null, f: (v: number) => string) => {
    const parts = levels.slice(0, step + 1).map((l, i) => `${barLabel(ids[i] as PracticeId | 'baseline', l, weights, lang).join(' ')} ${(() => { const v = value(l); return v === null ? missing : f(v); })()}`);
    return `${name}: ${parts.join(lang === 'zh' ? '；' : '; ')}`;
  };
  const total = lang === 'zh' ? ['结果'] : ['Result'];
  const spec = METRICS[metric];
  const metricReference = metric === 'memory'
    ? { value: current.deployment.memory.usable, label: `${t(text.usableLine)} ${formatBytes(current.deployment.memory.usable, 'GiB')}` }
    : undefined;

  // Which metric barely moves when only the weights are quantised (TTFT: prefill is compute-bound).
  const base = levels[0] as PracticeLevel;
  const predictRows: { id: string; label: Bilingual; before: number | null; after: number | null; f: (v: number) => string }[] = [
    { id: 'tpot', label: { zh: 'TPOT', en: 'TPOT' }, before: base.tpotSeconds, after: quantOnly.tpotSeconds, f: ms },
    { id: 'ttft', label: { zh: 'TTFT', en: 'TTFT' }, before: base.ttftSeconds, after: quantOnly.ttftSeconds, f: ms },
    { id: 'memory', label: metricName.memory, before: base.memoryPerGpuBytes, after: quantOnly.memoryPerGpuBytes, f: (v) => formatBytes(v, 'GiB') },
  ];
  const change = (r: (typeof predictRows)[number]) => (r.before && r.after ? Math.abs(Math.log(r.after / r.before)) : Infinity);
  const still = predictRows.reduce((a, r) => (change(r) < change(a) ? r : a), predictRows[0] as (typeof predictRows)[number]);
  const listChanges = (l: Lang) => predictRows.map((r) => `${pickText(r.label, l)} ${r.before === null ? '—' : r.f(r.before)} → ${r.after === null ? '—' : r.f(r.after)}`).join(l === 'zh' ? '；' : '; ');
  const predictExplanation: Bilingual = {
    zh: `只量化权重：${listChanges('zh')}。解码每步都要把权重读一遍，受带宽限制，字节少了就快；预填充一次处理整段提示词，受算力限制，权重按 FP16 反量化后再乘，所以 TTFT 几乎不变。`,
    en: `Weights only: ${listChanges('en')}. Each decode step reads all the weights and is bandwidth-bound, so fewer bytes means faster; prefill handles the whole prompt at once and is compute-bound (weights are dequantised to FP16 before the multiply), so TTFT barely moves.`,
  };

  const chart = (
    <div className="os-charts">
      {notices}
      <div className="os-top">
        <div className="os-stepper">
          <Stepper step={step} count={active.length + 1} onChange={(s) => setStack({ step: s })} titles={titles} />
          <ClickerSteps step={step} count={active.length + 1} onChange={(s) => setStack({ step: s })} />
        </div>
        <Stat label="TPOT" value={current.tpotSeconds ?? Number.NaN} format={ms} error={current.fits ? undefined : text.doesNotFitLong}
          derivation={current.timing?.tpotDerivation} source={cite('databricks-2023-inference')} emphasis />
      </div>
      <p className="os-explain" aria-live="polite">
        <span className="os-facts">{t(text.deployment)} {current.deployment.batch} × {current.tp} · {t(text.bottleneck)}: {t(boundName[current.bound])}</span>{' '}
        {explanation}
      </p>
      <Waterfall
        width={1080} height={170}
        label={summary('TPOT', (l) => l.tpotSeconds, ms)}
        steps={steps((l) => l.tpotSeconds)}
        totalLabel={total}
        better="lower"
        axis={{ title: 'TPOT', format: tickSeconds }}
        valueFormat={ms}
        deltaFormat={(d) => signed(d, ms)}
        missingText={missing}
        reference={{ value: targetMs / 1000, label: `${t(text.targetLine)} ${formatNumber(targetMs)} ms` }}
        activeIndex={step}
      />
      <div className="os-row">
        <Select label={text.metric} value={metric} options={METRIC_OPTIONS} onChange={(v) => setStack({ metric: v })} />
      </div>
      <Waterfall
        width={1080} height={140}
        label={summary(t(metricName[metric]), spec.value, spec.format)}
        steps={steps(spec.value)}
        totalLabel={total}
        better={spec.better}
        axis={{ title: t(spec.axis), format: spec.tick, ...(spec.tickUnit ? { tickUnit: spec.tickUnit } : {}) }}
        valueFormat={spec.format}
        deltaFormat={(d) => signed(d, spec.format)}
        missingText={missing}
        {...(metricReference ? { reference: metricReference } : {})}
        activeIndex={step}
      />
    </div>
  );

  return (
    <div className="os-root">
      <SimLayout
        controls={controls}
        chart={chart}
        takeaway={text.takeaway}
        footer={
          <details className="os-predict">
            <summary>{t(text.predictSummary)}</summary>
            <PredictFirst question={text.predictQuestion} choices={predictRows.map((r) => ({ id: r.id, label: r.label }))} answerId={still.id} explanation={predictExplanation} />
          </details>
        }
      />
    </div>
  );
}
