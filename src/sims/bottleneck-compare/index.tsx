/**
 * 图11 / Figure 11: for one scenario, where a step's time goes (compute-bound,
 * memory-bound, communication, launch) and its memory (weights, KV,
 * activations vs capacity), then what one optimisation of each family does to
 * it. Every number comes from bottleneckAnalysis (src/engine/serving/bottleneck.ts).
 */
import { useMemo } from 'react';
import { roles, StackedBar, tickBytes } from '../../charts/index.ts';
import { fitDerivation, isEngineError, listHardware, listModels, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import { bottleneckAnalysis, stepSplitDerivation, type BottleneckAnalysis, type BottleneckScenario, type StepSplit } from '../../engine/serving/bottleneck.ts';
import { useLang, type SimProps } from '../_protocol/index.ts';
import { cite } from '../_shared/cite.ts';
import { resolveHardware, resolveModel } from '../optimisation-overview/scenario.ts';
import {
  formatBytes, formatRatio, formatSeconds, Notice, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, pickText, type Bilingual, type Lang,
} from '../../ui/index.ts';
import {
  BATCH_RANGE, PCIE_LINK, setBottleneck, STOP_IDS, STOPS, TOKENS_RANGE, TP_CHOICES, useBottleneckStore, type BottleneckInputs, type LinkChoice, type PhaseChoice, type TpChoice,
} from './store.ts';
import { boundText, familyText, remedyText, shortRemedy, stopText, text } from './text.ts';
import './bottleneck.css';
import { errorText } from '../../i18n/engine/errors.ts';

const MODEL_OPTIONS = listModels().map((m) => ({ value: m.id, label: m.name }));
const HARDWARE_OPTIONS = listHardware().map((h) => ({ value: h.id, label: h.name.replace(/^NVIDIA /, '') }));

type Computed = { readonly ok: true; readonly value: BottleneckAnalysis; readonly scenario: BottleneckScenario } | { readonly ok: false; readonly error: Bilingual };

/** The scenario the engine sees: TP 1 on chips without a link, tokens within the model's window. */
export function scenarioOf(inputs: BottleneckInputs, model: ModelSpec, hw: HardwareSpec): BottleneckScenario {
  const tp = hw.intraNodeLink === null ? 1 : Number(inputs.tp);
  const pcie = tp > 1 && inputs.link === 'pcie' && hw.intraNodeLink !== PCIE_LINK;
  return {
    phase: inputs.phase, batch: inputs.batch, tokens: Math.min(inputs.tokens, model.maxPositionEmbeddings), tp,
    ...(pcie ? { interconnect: PCIE_LINK } : {}),
  };
}

function compute(model: ModelSpec, hw: HardwareSpec, inputs: BottleneckInputs): Computed {
  const scenario = scenarioOf(inputs, model, hw);
  try {
    return { ok: true, value: bottleneckAnalysis(model, hw, scenario), scenario };
  } catch (e) {
    if (isEngineError(e)) return { ok: false, error: errorText(e) };
    return { ok: false, error: { zh: '无法计算这一组设置', en: 'These settings cannot be computed' } };
  }
}

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');

function timeSegments(s: StepSplit, lang: Lang) {
  return [
    { id: 'compute', label: pickText(text.compute, lang), value: s.computeSeconds, style: roles.compute },
    { id: 'memory', label: pickText(text.memory, lang), value: s.memorySeconds, style: roles.memory },
    { id: 'communication', label: pickText(text.communication, lang), value: s.communicationSeconds, style: roles.communication },
    { id: 'launch', label: pickText(text.launch, lang), value: s.launchSeconds, style: roles.overhead },
  ];
}

function predictExplanation(a: BottleneckAnalysis, lang: Lang): string {
  const s = a.step;
  const share = (v: number) => `${Math.round((v / s.seconds) * 100)}%`;
  const list = (['memory', 'compute', 'communication'] as const).map((f) => `${pickText(familyText[f], lang)} ${formatRatio(a.familySpeedup[f])}`).join(lang === 'zh' ? '，' : ', ');
  return lang === 'zh'
    ? `基线一步 ${ms(s.seconds)}：计算受限 ${share(s.computeSeconds)}，访存受限 ${share(s.memorySeconds)}，通信 ${share(s.communicationSeconds)}，启动 ${share(s.launchSeconds)}。各类优化的加速：${list}。瓶颈是${pickText(boundText[s.bound], 'zh')}，所以「${pickText(familyText[a.bestFamily], 'zh')}」最对症。`
    : `The baseline step takes ${ms(s.seconds)}: compute-bound ${share(s.computeSeconds)}, memory-bound ${share(s.memorySeconds)}, communication ${share(s.communicationSeconds)}, launch ${share(s.launchSeconds)}. Speed-ups: ${list}. The bottleneck is ${pickText(boundText[s.bound], 'en')}, so ${pickText(familyText[a.bestFamily], 'en').toLowerCase()} optimisation fits best.`;
}

export default function BottleneckCompare({ preset }: SimProps) {
  const lang = useLang();
  const t = (b: Bilingual) => pickText(b, lang);
  const inputs = useBottleneckStore();
  const presetModel = resolveModel(preset.model ?? 'llama-2-70b');
  const presetHw = resolveHardware(preset.hardware);
  const model = resolveModel(inputs.model ?? presetModel.spec.id);
  const hw = resolveHardware(inputs.hardware ?? presetHw.spec.id);
  const unknown = [presetModel.unknown, presetHw.unknown, model.unknown, hw.unknown].filter((u): u is string => u !== null);
  const { tp, link, phase, batch, tokens } = inputs;
  const computed = useMemo(
    () => compute(model.spec, hw.spec, { model: null, hardware: null, tp, link, phase, batch, tokens }),
    [model.spec, hw.spec, tp, link, phase, batch, tokens],
  );
  const canSplit = hw.spec.intraNodeLink !== null;
  const nativeLinkIsPcie = hw.spec.intraNodeLink === PCIE_LINK;
  const maxTokens = model.spec.maxPositionEmbeddings;
  const stopActive = (id: (typeof STOP_IDS)[number]) => {
    const s = STOPS[id];
    return (s.model ?? presetModel.spec.id) === model.spec.id && (s.hardware ?? presetHw.spec.id) === hw.spec.id
      && s.tp === tp && s.link === link && s.phase === phase && s.batch === batch && s.tokens === tokens;
  };

  const controls = (
    <>
      <div className="bc-stops" role="group" aria-label={t(text.stops)}>
        <span className="ui-label">{t(text.stops)}</span>
        <div className="bc-stop-row">
          {STOP_IDS.map((id) => (
            <button key={id} type="button" className="ui-button bc-stop" aria-pressed={stopActive(id)} onClick={() => useBottleneckStore.setState(STOPS[id])}>
              {t(stopText[id])}
            </button>
          ))}
        </div>
      </div>
      <div className="bc-pair">
        <Select label={text.model} value={model.spec.id} options={MODEL_OPTIONS} onChange={(v) => setBottleneck({ model: v })} />
        <Select label={text.hardware} value={hw.spec.id} options={HARDWARE_OPTIONS} onChange={(v) => setBottleneck({ hardware: v })} />
      </div>
      <Segmented label={text.tp} value={canSplit ? tp : '1'} options={TP_CHOICES.map((v) => ({ value: v, label: v }))} disabled={!canSplit} onChange={(v: TpChoice) => setBottleneck({ tp: v })} />
      {!canSplit && <p className="bc-hint">{t(text.noLink)}</p>}
      <Segmented<LinkChoice>
        label={text.link} value={nativeLinkIsPcie ? 'native' : link} disabled={!canSplit || nativeLinkIsPcie || tp === '1'}
        options={[
          { value: 'native', label: { zh: hw.spec.intraNodeLink ?? '—', en: hw.spec.intraNodeLink ?? '—' } },
          { value: 'pcie', label: text.pcieOnly },
        ]}
        onChange={(v) => setBottleneck({ link: v })}
      />
      <Segmented<PhaseChoice> label={text.phase} value={phase} options={[{ value: 'prefill', label: text.prefill }, { value: 'decode', label: text.decode }]} onChange={(v) => setBottleneck({ phase: v })} />
      <Slider label={text.batch} value={batch} min={BATCH_RANGE.min} max={BATCH_RANGE.max} step={1} log unit={text.requests} stops={[1, 8, 64]} onChange={(v) => setBottleneck({ batch: v })} />
      <Slider
        label={phase === 'prefill' ? text.promptLen : text.contextLen} value={Math.min(tokens, maxTokens)} min={TOKENS_RANGE.min} max={maxTokens} step={1} log unit={text.tokens}
        stops={[512, 2048, 4096].filter((v) => v <= maxTokens)} onChange={(v) => setBottleneck({ tokens: v })}
      />
      <div data-action="sim-reset" className="bc-reset"><ResetButton onReset={() => useBottleneckStore.reset()} /></div>
    </>
  );

  const notices = unknown.length > 0 ? <Notice kind="warning" text={{ zh: text.unknownPreset.zh + unknown.join('、'), en: text.unknownPreset.en + unknown.join(', ') }} /> : null;
  if (!computed.ok) {
    return <div className="bc-root"><SimLayout controls={controls} chart={<div>{notices}<Notice kind="error" text={computed.error} /></div>} /></div>;
  }

  const a = computed.value;
  const s = a.step;
  const applicable = a.remedies.filter((r) => r.applicable);
  const timeBars = [
    { id: 'baseline', label: t(text.baseline), segments: timeSegments(s, lang) },
    ...applicable.map((r) => ({ id: r.id, label: `${t(shortRemedy[r.id])} ${formatRatio(r.speedup!)}`, segments: timeSegments(r.split!, lang) })),
  ];
  const memBars = [
    { id: 'baseline', label: t(text.baseline), m: a.memory },
    ...a.remedies.filter((r) => r.applicable && (r.family === 'memory' || r.family === 'compute')).map((r) => ({ id: r.id, label: t(familyText[r.family]), m: r.memory! })),
  ].map(({ id, label, m }) => ({
    id, label,
    segments: [
      { id: 'weights', label: t(text.weights), value: m.weights, style: roles.weights },
      { id: 'kv', label: t(text.kv), value: m.kv, style: roles.kvCache },
      { id: 'activations', label: t(text.activations), value: m.activations, style: roles.activations },
      { id: 'workspace', label: t(text.workspace), value: m.workspace, style: roles.free },
    ],
  }));
  const timeSummary = lang === 'zh'
    ? `基线一步 ${ms(s.seconds)}，瓶颈是${t(boundText[s.bound])}；` + applicable.map((r) => `${t(remedyText[r.id])} ${ms(r.seconds!)}（${formatRatio(r.speedup!)}）`).join('，')
    : `Baseline step ${ms(s.seconds)}, bound by ${t(boundText[s.bound])}; ` + applicable.map((r) => `${t(remedyText[r.id])} ${ms(r.seconds!)} (${formatRatio(r.speedup!)})`).join(', ');
  const memSummary = lang === 'zh'
    ? `每 GPU 显存：基线 ${gib(a.memory.total)}，可用 ${gib(a.memory.usable)}。`
    : `Memory per GPU: baseline ${gib(a.memory.total)}, usable ${gib(a.memory.usable)}.`;
  const capLabel = lang === 'zh' ? `可用 ${gib(a.memory.usable)}` : `usable ${gib(a.memory.usable)}`;

  const chart = (
    <div className="bc-charts">
      {notices}
      {!a.memory.fits && <Notice kind="warning" text={text.doesNotFit} />}
      <StackedBar
        width={780} height={110 + 44 * timeBars.length} label={timeSummary} bars={timeBars}
        axis={{ title: t(text.timeAxis), format: ms, tickUnit: 1e-3 }} valueFormat={ms}
      />
      <StackedBar
        width={780} height={110 + 40 * memBars.length} label={memSummary} bars={memBars}
        capacity={{ value: a.memory.usable, label: capLabel }}
        axis={{ title: t(text.memoryAxis), format: tickBytes('GiB'), tickUnit: 2 ** 30 }} valueFormat={gib}
        overflowLabel={(x) => `${t(text.over)} ${gib(x)}`}
      />
    </div>
  );

  const isBest = (r: (typeof a.remedies)[number]) => r.family === a.bestFamily && r.speedup === a.bestSpeedup;
  const remedyTable = (
    <table className="bc-table">
      <caption>{t(text.remedyTable)}</caption>
      <thead>
        <tr><th scope="col">{t(text.technique)}</th><th scope="col">{t(text.speedup)} · {t(text.memoryChange)}</th></tr>
      </thead>
      <tbody>
        {a.remedies.map((r) => (
          <tr key={r.id} data-remedy={r.id} className={isBest(r) ? 'bc-best' : undefined}>
            <th scope="row" title={cite(r.source)}>
              {t(familyText[r.family])}: {t(remedyText[r.id])}{r.precision ? ` (${r.precision.toUpperCase()})` : ''}
            </th>
            <td className="ui-num">
              {r.speedup === null ? t(text.notApplicable) : `${isBest(r) ? '★ ' : ''}${formatRatio(r.speedup)}`}
              {r.memory !== null && <span className="bc-mem"> · {gib(r.memory.total)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const outputs = (
    <>
      <Stat label={text.stepTime} value={s.seconds} format={ms} derivation={stepSplitDerivation(model.spec, hw.spec, computed.scenario)} source={cite('williams-2009-roofline')} emphasis />
      <div className="ui-stat" data-output="bound">
        <div className="ui-stat-label">{t(text.bottleneck)}</div>
        <div className="ui-stat-value">{t(boundText[s.bound])}</div>
      </div>
      <div className="ui-stat" data-output="best">
        <div className="ui-stat-label">{t(text.best)}</div>
        <div className="ui-stat-value">{t(familyText[a.bestFamily])} {formatRatio(a.bestSpeedup)}</div>
      </div>
      <Stat label={text.memoryPerGpu} value={a.memory.total} format={gib}
        derivation={fitDerivation(model.spec, hw.spec, { batch: computed.scenario.batch, tokens: computed.scenario.tokens, tp: computed.scenario.tp, attention: 'naive' })}
        source={cite('vllm-engine-args')} quantity={{ bytes: 'GiB' }} />
      {remedyTable}
    </>
  );

  return (
    <div className="bc-root">
      <SimLayout
        controls={controls}
        chart={chart}
        outputs={outputs}
        takeaway={text.takeaway}
        footer={
          <div className="bc-footer">
            <details className="bc-predict">
              <summary>{t(text.predictSummary)}</summary>
              <PredictFirst
                question={text.predictQuestion}
                choices={(['memory', 'compute', 'communication'] as const).map((f) => ({ id: f, label: familyText[f] }))}
                answerId={a.bestFamily}
                explanation={{ zh: predictExplanation(a, 'zh'), en: predictExplanation(a, 'en') }}
              />
            </details>
          </div>
        }
      />
    </div>
  );
}
