/**
 * 图12 / Figure 12: deployment constraints in, a decision flow out (the path
 * taken highlighted), the recommended combination with each item's reason,
 * price and source, and the engine's numbers for it next to the FP16
 * one-GPU baseline. The rules live in src/engine/serving/strategyChoice.ts.
 */
import { useMemo } from 'react';
import { Flowchart } from '../../charts/flowchart/Flowchart.tsx';
import { getHardware, getModel, isEngineError, listModels, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import {
  chooseStrategy, STRATEGY_RULES, type AccuracyTolerance, type ChoiceEstimate, type DeploymentConstraints, type StrategyChoice,
} from '../../engine/serving/strategyChoice.ts';
import { useLang, type SimProps } from '../_protocol/index.ts';
import { cite } from '../_shared/cite.ts';
import {
  formatBytes, formatNumber, formatSeconds, Notice, ResetButton, Segmented, Select, SimLayout, Slider, Stat, pickText, type Bilingual, type Lang,
} from '../../ui/index.ts';
import {
  CONCURRENCY_RANGE, DEVICE_CLASSES, DEVICES, GPU_CHOICES, OUTPUT_RANGE, PCIE_LINK, PROMPT_RANGE, setChooser, STOP_IDS, STOPS, TPOT_MS_RANGE, TTFT_MS_RANGE,
  useChooserStore, type ChooserInputs, type DeviceClass, type GpuChoice, type LinkChoice,
} from './store.ts';
import { classText, stopText, text, toleranceText } from './text.ts';
import './chooser.css';
import { errorText } from '../../i18n/engine/errors.ts';
import { DECISION_QUESTIONS, STRATEGY_TEXT } from '../../i18n/engine/strategies.ts';

const MODEL_OPTIONS = listModels().map((m) => ({ value: m.id, label: m.name }));

type Computed = { readonly ok: true; readonly value: StrategyChoice } | { readonly ok: false; readonly error: Bilingual };

function safe<T>(get: () => T, fallback: () => T): T {
  try {
    return get();
  } catch {
    return fallback();
  }
}

/** The engine's constraints from the student's inputs (prompt trimmed to the model's window). */
export function constraintsOf(inputs: ChooserInputs, model: ModelSpec, hw: HardwareSpec): DeploymentConstraints {
  const output = Math.min(inputs.outputTokens, model.maxPositionEmbeddings - 16);
  const prompt = Math.max(1, Math.min(inputs.promptTokens, model.maxPositionEmbeddings - output));
  const gpus = hw.intraNodeLink === null ? 1 : Number(inputs.gpus);
  const pcie = gpus > 1 && inputs.link === 'pcie' && hw.intraNodeLink !== PCIE_LINK;
  return {
    gpus, tpotTargetSeconds: inputs.tpotMs / 1000, ttftTargetSeconds: inputs.ttftMs / 1000, concurrency: inputs.concurrency,
    promptTokens: prompt, outputTokens: output, tolerance: inputs.tolerance, ...(pcie ? { interconnect: PCIE_LINK } : {}),
  };
}

function compute(model: ModelSpec, hw: HardwareSpec, c: DeploymentConstraints): Computed {
  try {
    return { ok: true, value: chooseStrategy(model, hw, c) };
  } catch (e) {
    if (isEngineError(e)) return { ok: false, error: errorText(e) };
    return { ok: false, error: { zh: '无法计算这一组设置', en: 'These settings cannot be computed' } };
  }
}

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const weightName = (w: unknown) => (typeof w === 'string' ? w.toUpperCase() : 'INT4 g128');

function configLine(e: ChoiceEstimate, lang: Lang): string {
  const c = e.config;
  const parts = [
    `${lang === 'zh' ? '权重' : 'weights'} ${weightName(c.weights)}`,
    `KV ${weightName(c.kv)}`,
    `TP ${c.tp}`,
    `${lang === 'zh' ? '批' : 'batch'} ${e.batch}`,
    c.paged ? (lang === 'zh' ? '分页 KV' : 'paged KV') : (lang === 'zh' ? '连续 KV' : 'contiguous KV'),
    c.attention === 'flash' ? 'FlashAttention' : (lang === 'zh' ? '未融合注意力' : 'unfused attention'),
  ];
  return parts.join(' · ');
}

export default function StrategyChooser({ preset }: SimProps) {
  const lang = useLang();
  const t = (b: Bilingual) => pickText(b, lang);
  const inputs = useChooserStore();
  const presetUnknown = [preset.model, preset.hardware].filter((id, i) => id !== undefined && !safe(() => (i === 0 ? getModel(id) : getHardware(id)) !== null, () => false));
  const model = safe(() => getModel(inputs.model), () => getModel(STOPS.chat.model));
  const hw = safe(() => getHardware(inputs.hardware), () => getHardware(STOPS.chat.hardware));
  const constraints = constraintsOf(inputs, model, hw);
  // Keyed by the constraints' text so a re-render with equal constraints reuses the result.
  const key = JSON.stringify(constraints);
  const computed = useMemo(() => compute(model, hw, JSON.parse(key) as DeploymentConstraints), [model, hw, key]);
  const canSplit = hw.intraNodeLink !== null;
  const nativeIsPcie = hw.intraNodeLink === PCIE_LINK;
  const deviceOptions = DEVICES[inputs.deviceClass].map((id) => ({ value: id, label: getHardware(id).name.replace(/^NVIDIA /, '') }));
  const stopActive = (id: (typeof STOP_IDS)[number]) => (Object.keys(STOPS[id]) as (keyof ChooserInputs)[]).every((k) => STOPS[id][k] === inputs[k]);

  const controls = (
    <>
      <div className="sc-stops" role="group" aria-label={t(text.stops)}>
        <span className="ui-label">{t(text.stops)}</span>
        <div className="sc-stop-row">
          {STOP_IDS.map((id) => (
            <button key={id} type="button" className="ui-button sc-stop" aria-pressed={stopActive(id)} onClick={() => useChooserStore.setState(STOPS[id])}>{t(stopText[id])}</button>
          ))}
        </div>
      </div>
      <Segmented<DeviceClass> label={text.deviceClass} value={inputs.deviceClass} options={DEVICE_CLASSES.map((c) => ({ value: c, label: classText[c] }))}
        onChange={(c) => setChooser({ deviceClass: c, hardware: DEVICES[c][0] as string, ...(c === 'edge' ? { gpus: '1' as GpuChoice } : {}) })} />
      <div className="sc-pair">
        <Select label={text.device} value={hw.id} options={deviceOptions} onChange={(v) => setChooser({ hardware: v })} />
        <Select label={text.model} value={model.id} options={MODEL_OPTIONS} onChange={(v) => setChooser({ model: v })} />
      </div>
      <Segmented<GpuChoice> label={text.gpus} value={canSplit ? inputs.gpus : '1'} disabled={!canSplit} options={GPU_CHOICES.map((g) => ({ value: g, label: g }))} onChange={(v) => setChooser({ gpus: v })} />
      {!canSplit && <p className="sc-hint">{t(text.noLink)}</p>}
      <Segmented<LinkChoice> label={text.link} value={nativeIsPcie ? 'native' : inputs.link} disabled={!canSplit || nativeIsPcie || inputs.gpus === '1'}
        options={[{ value: 'native', label: { zh: hw.intraNodeLink ?? '—', en: hw.intraNodeLink ?? '—' } }, { value: 'pcie', label: text.pcieOnly }]}
        onChange={(v) => setChooser({ link: v })} />
      <Slider label={text.tpot} value={inputs.tpotMs} min={TPOT_MS_RANGE.min} max={TPOT_MS_RANGE.max} step={1} log unit={text.ms} stops={[20, 50, 100]} onChange={(v) => setChooser({ tpotMs: v })} />
      <Slider label={text.ttft} value={inputs.ttftMs} min={TTFT_MS_RANGE.min} max={TTFT_MS_RANGE.max} step={1} log unit={text.ms} stops={[200, 1000, 5000]} onChange={(v) => setChooser({ ttftMs: v })} />
      <Slider label={text.concurrency} value={inputs.concurrency} min={CONCURRENCY_RANGE.min} max={CONCURRENCY_RANGE.max} step={1} log unit={text.requests} stops={[1, 16, 64]} onChange={(v) => setChooser({ concurrency: v })} />
      <Slider label={text.prompt} value={inputs.promptTokens} min={PROMPT_RANGE.min} max={PROMPT_RANGE.max} step={1} log unit={text.tokens} stops={[512, 4096]} onChange={(v) => setChooser({ promptTokens: v })} />
      <Slider label={text.output} value={inputs.outputTokens} min={OUTPUT_RANGE.min} max={OUTPUT_RANGE.max} step={1} log unit={text.tokens} stops={[128, 1024]} onChange={(v) => setChooser({ outputTokens: v })} />
      <Segmented<AccuracyTolerance> label={text.tolerance} value={inputs.tolerance} options={(['int4', 'int8', 'fp16'] as const).map((v) => ({ value: v, label: toleranceText[v] }))} onChange={(v) => setChooser({ tolerance: v })} />
      <div data-action="sim-reset" className="sc-reset"><ResetButton onReset={() => useChooserStore.reset()} /></div>
    </>
  );

  const notices = presetUnknown.length > 0 ? <Notice kind="warning" text={{ zh: `未知的预设：${presetUnknown.join('、')}`, en: `Unknown preset: ${presetUnknown.join(', ')}` }} /> : null;
  if (!computed.ok) {
    return <div className="sc-root"><SimLayout controls={controls} chart={<div>{notices}<Notice kind="error" text={computed.error} /></div>} /></div>;
  }

  const r = computed.value;
  const e = r.recommended;
  const b = r.baseline;
  const flowNodes = r.steps.map((s) => {
    return {
      id: s.node, question: t(DECISION_QUESTIONS[s.node]),
      answer: s.skipped ? null : s.node === 'start' ? '' : t(s.answer ? text.yes : text.no),
      actions: s.applied.map((id) => t(STRATEGY_TEXT[id].label)),
    };
  });
  const flowSummary = `${t(text.flowLabel)}: ` + r.steps.filter((s) => !s.skipped).map((s) => {
    const q = t(DECISION_QUESTIONS[s.node]);
    const acts = s.applied.map((id) => t(STRATEGY_TEXT[id].label)).join(', ');
    return `${q} ${s.node === 'start' ? '' : t(s.answer ? text.yes : text.no)}${acts ? ` → ${acts}` : ''}`;
  }).join('; ');

  const targetNote = (ok: boolean, target: string) => ({ zh: `${ok ? '✓ 达标' : '✗ 未达标'}（目标 ${target}）`, en: `${ok ? '✓ met' : '✗ missed'} (target ${target})` });
  const noFit = e.fits ? undefined : text.fitsNo;
  const chart = (
    <div className="sc-charts">
      {notices}
      <Flowchart width={780} nodes={flowNodes} noAction={t(text.nothing)} label={flowSummary} />
    </div>
  );

  const list = (
    <div className="sc-recommend">
      <h4 className="sc-recommend-title">{t(text.recommended)}: <span className="sc-config">{configLine(e, lang)}</span></h4>
      <ol className="sc-rules">
        {r.rules.map((id) => {
          const rule = STRATEGY_RULES[id];
          const words = STRATEGY_TEXT[id];
          return (
            <li key={id} data-rule={id}>
              <strong>{t(words.label)}</strong> — {t(words.rationale)} <span className="sc-cost">{t(text.cost)}: {t(words.cost)}.</span>
              {rule.source !== null && <span className="sc-cite" title={cite(rule.source)}> [{getSourceShort(rule.source)}]</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );

  const outputs = (
    <>
      <div className="ui-stat" data-output="fits">
        <div className="ui-stat-label">{t(text.fits)}</div>
        <div className="ui-stat-value">{t(e.fits ? text.fitsYes : text.fitsNo)}</div>
        <div className="ui-stat-delta">{b.fits ? `${t(text.vsBaseline)}: ${t(text.fitsYes)}` : t(text.baselineNoFit)}</div>
      </div>
      <Stat label={text.tpotOut} value={e.tpotSeconds ?? Number.NaN} format={ms} baseline={b.tpotSeconds ?? undefined} baselineLabel={text.vsBaseline} error={noFit} emphasis />
      {e.tpotSeconds !== null && <p className="sc-note">{t(targetNote(r.meets.tpot, ms(constraints.tpotTargetSeconds)))}</p>}
      <Stat label={text.ttftOut} value={e.ttftSeconds ?? Number.NaN} format={ms} baseline={b.ttftSeconds ?? undefined} baselineLabel={text.vsBaseline} error={noFit} />
      {e.ttftSeconds !== null && <p className="sc-note">{t(targetNote(r.meets.ttft, ms(constraints.ttftTargetSeconds)))}</p>}
      <Stat label={text.throughput} value={e.tokensPerSecond ?? Number.NaN} format={(v) => `${formatNumber(v)} ${t(text.tokensPerSec)}`} baseline={b.tokensPerSecond ?? undefined} baselineLabel={text.vsBaseline} delta="ratio" error={noFit} />
      <Stat label={text.running} value={e.batch} format={(v) => `${formatNumber(v)} / ${formatNumber(constraints.concurrency)}`} baseline={b.fits ? b.batch : undefined} baselineLabel={text.vsBaseline} delta="ratio" />
      <Stat label={text.memory} value={e.memory.total} format={gib} baseline={b.memory.total} baselineLabel={text.vsBaseline} quantity={{ bytes: 'GiB' }} />
      <Stat label={text.gpusUsed} value={e.gpus} format={(v) => formatNumber(v)} />
      {list}
    </>
  );

  return (
    <div className="sc-root">
      <SimLayout controls={controls} chart={chart} outputs={outputs} takeaway={text.takeaway} />
    </div>
  );
}

function getSourceShort(key: Parameters<typeof cite>[0]): string {
  return cite(key).split('. ')[0] ?? key;
}
