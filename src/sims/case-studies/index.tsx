/**
 * 图14 / Figure 14: three teaching scenarios (finance, healthcare, driving /
 * edge), each with its constraints and an optimisation path walked with
 * Previous/Next. Every number is the engine's (practiceStack) for the
 * scenario's model, device and workload; the scenarios are constructed for
 * teaching, not measured at any organisation.
 */
import { useMemo } from 'react';
import { getHardware, getModel, isEngineError } from '../../engine/index.ts';
import type { PracticeLevel } from '../../engine/serving/practiceStack.ts';
import { ClickerSteps, useLang, type SimProps } from '../_protocol/index.ts';
import {
  formatBytes, formatNumber, formatSeconds, formatSi, LiveTable, Notice, ResetButton, Segmented, SimLayout, Slider, Stat, Stepper,
  pickText, type Bilingual, type TableColumn,
} from '../../ui/index.ts';
import { cite } from '../_shared/cite.ts';
import { boundName, practiceName, practiceShort } from '../optimisation-stack/text.ts';
import { scenarioLevels } from './caseLevels.ts';
import { scenarioOf, SCENARIO_IDS, SCENARIOS, type Scenario, type ScenarioId } from './scenarios.ts';
import { chooseScenario, PROMPT_RANGE, setCase, useCaseStore } from './store.ts';
import './cases.css';
import { errorText } from '../../i18n/engine/errors.ts';

const text = {
  scenario: { zh: '场景', en: 'Scenario' },
  teaching: { zh: '教学场景：数字来自本课程的成本模型，不是任何机构的实测结果。', en: 'Teaching scenario: numbers from this course\'s cost model, not any organisation\'s measurements.' },
  constraints: { zh: '约束', en: 'Constraints' },
  deployment: { zh: '部署', en: 'Deployment' },
  prompt: { zh: '提示词长度', en: 'Prompt length' },
  tokens: { zh: 'token', en: 'tokens' },
  challenge: { zh: '挑战', en: 'Challenge' },
  lesson: { zh: '经验', en: 'Lesson' },
  step: { zh: '步骤', en: 'Step' },
  fits: { zh: '放得下？', en: 'Fits?' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  batchGpus: { zh: '并发×GPU', en: 'Batch×GPUs' },
  memory: { zh: '显存/GPU', en: 'Mem./GPU' },
  split: { zh: '权重/KV (GiB)', en: 'Weights/KV (GiB)' },
  energy: { zh: '能耗/token', en: 'Energy/token' },
  bottleneck: { zh: '瓶颈', en: 'Bottleneck' },
  budget: { zh: '满足 TPOT 预算？', en: 'Meets TPOT budget?' },
  tableCaption: { zh: '每一步的成本模型结果（到当前步骤为止；能耗用 45 nm 教学模型）', en: 'Cost-model results for each step so far (energy: 45 nm teaching model)' },
  tpot: { zh: '每 token 时间 TPOT', en: 'Time per output token (TPOT)' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  doesNotFit: { zh: '装不下：一个请求也放不进显存', en: 'Does not fit: not even one request fits in memory' },
  unknownScenario: { zh: '幻灯片指定的场景未知，已改用金融场景：', en: 'Unknown scenario on the slide, finance used instead: ' },
  takeaway: { zh: '每施加一步都要重新找瓶颈：容量、带宽、KV cache、通信，轮流成为下一步要解决的问题。', en: 'After every step, look for the bottleneck again: capacity, bandwidth, KV cache and communication take turns as the next problem.' },
} as const satisfies Record<string, Bilingual>;

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');

interface Row {
  readonly key: string;
  readonly index: number;
  readonly title: Bilingual;
  readonly level: PracticeLevel;
}

export default function CaseStudies({ preset }: SimProps) {
  const lang = useLang();
  const t = (b: Bilingual) => pickText(b, lang);
  const inputs = useCaseStore();
  const fromPreset = scenarioOf(preset.scenario);
  const scenario: Scenario = inputs.scenario ? SCENARIOS[inputs.scenario] : fromPreset.scenario;
  const outputTokens = scenario.settings.outputTokens;
  const maxLength = scenario.settings.maxLength ?? getModel(scenario.modelId).maxPositionEmbeddings;
  const promptMax = Math.min(PROMPT_RANGE.max, maxLength - outputTokens);
  const promptTokens = Math.min(inputs.promptTokens ?? scenario.promptTokens, promptMax);
  const step = Math.min(Math.max(0, inputs.step), scenario.path.length);

  const computed = useMemo(() => {
    try {
      return { ok: true as const, levels: scenarioLevels(scenario, promptTokens) };
    } catch (e) {
      return { ok: false as const, error: isEngineError(e) ? errorText(e) : { zh: '无法计算这一场景', en: 'This scenario cannot be computed' } };
    }
  }, [scenario, promptTokens]);

  const model = getModel(scenario.modelId);
  const hw = getHardware(scenario.hardwareId);
  const options = SCENARIO_IDS.map((id) => ({ value: id, label: SCENARIOS[id].name }));

  const controls = (
    <>
      <Segmented label={text.scenario} value={scenario.id} options={options} onChange={(v: ScenarioId) => chooseScenario(v)} />
      <p className="cs-teaching">{t(text.teaching)}</p>
      <div className="cs-box">
        <p className="cs-task"><b>{t(scenario.task)}</b></p>
        <p className="cs-deploy">{t(text.deployment)}: {model.name} · {hw.name.replace(/^NVIDIA /, '')}</p>
        <p className="ui-label">{t(text.constraints)}</p>
        <ul className="cs-constraints">{scenario.constraints.map((c, i) => <li key={i}>{t(c)}</li>)}</ul>
      </div>
      <Slider label={text.prompt} value={promptTokens} min={PROMPT_RANGE.min} max={promptMax} step={1} log unit={text.tokens}
        stops={[512, 2048, scenario.promptTokens].filter((v, i, a) => v <= promptMax && a.indexOf(v) === i).sort((a, b) => a - b)}
        onChange={(v) => setCase({ promptTokens: v, scenario: scenario.id })} />
      <div data-action="sim-reset" className="cs-reset"><ResetButton onReset={() => useCaseStore.reset()} /></div>
    </>
  );

  const notice = fromPreset.unknown !== null && inputs.scenario === null
    ? <Notice kind="warning" text={{ zh: text.unknownScenario.zh + fromPreset.unknown, en: text.unknownScenario.en + fromPreset.unknown }} />
    : null;
  if (!computed.ok) {
    return <div className="cs-root"><SimLayout controls={controls} chart={<div>{notice}<Notice kind="error" text={computed.error} /></div>} /></div>;
  }

  const levels = computed.levels;
  const current = levels[step] as PracticeLevel;
  const titles: Bilingual[] = [practiceName.baseline, ...scenario.path.map((p) => practiceName[p])];
  const stepText = scenario.steps[step];
  const shortTitles: Bilingual[] = [{ zh: '基线', en: 'Baseline' }, ...scenario.path.map((p) => practiceShort[p])];
  const rows: Row[] = levels.slice(0, step + 1).map((level, i) => ({ key: `${scenario.id}-${i}`, index: i, title: shortTitles[i] as Bilingual, level }));
  const target = scenario.settings.tpotTargetSeconds;
  const dash = '—';
  const columns: TableColumn<Row>[] = [
    { sortable: false, id: 'step', header: text.step, value: (r) => `${r.index + 1}. ${t(r.title)}`, rowHeader: true },
    { sortable: false, id: 'fits', header: text.fits, value: (r) => (r.level.fits ? `✓ ${t(text.yes)}` : `✗ ${t(text.no)}`), align: 'start', noWrap: true },
    { sortable: false, id: 'batch', header: text.batchGpus, value: (r) => `${r.level.deployment.batch} × ${r.level.tp}`, align: 'end' },
    { sortable: false, id: 'ttft', header: 'TTFT', value: (r) => (r.level.ttftSeconds === null ? dash : ms(r.level.ttftSeconds)), align: 'end' },
    { sortable: false, id: 'tpot', header: 'TPOT', value: (r) => (r.level.tpotSeconds === null ? dash : `${ms(r.level.tpotSeconds)} ${r.level.meetsTarget ? '✓' : '✗'}`), align: 'end' },
    { sortable: false, id: 'tps', header: { zh: '吞吐 token/s', en: 'tokens/s' }, value: (r) => (r.level.tokensPerSecond === null ? dash : formatNumber(r.level.tokensPerSecond)), align: 'end' },
    { sortable: false, id: 'mem', header: text.memory, value: (r) => gib(r.level.memoryPerGpuBytes), align: 'end' },
    { sortable: false, id: 'split', header: text.split, value: (r) => `${formatNumber(r.level.deployment.memory.weights / 2 ** 30)} / ${formatNumber(r.level.deployment.memory.kv / 2 ** 30)}`, align: 'end' },
    { sortable: false, id: 'energy', header: text.energy, value: (r) => (r.level.joulesPerToken === null ? dash : formatSi(r.level.joulesPerToken, 'J')), align: 'end' },
    { sortable: false, id: 'bound', header: text.bottleneck, value: (r) => t(boundName[r.level.bound]), align: 'start' },
  ];

  const budget = lang === 'zh' ? `TPOT 预算 ${ms(target)}` : `TPOT budget ${ms(target)}`;

  const chart = (
    <div className="cs-charts">
      {notice}
      <div className="cs-stats">
        <Stepper step={step} count={scenario.path.length + 1} onChange={(s) => setCase({ step: s, scenario: scenario.id })} titles={titles} />
        <ClickerSteps step={step} count={scenario.path.length + 1} onChange={(s) => setCase({ step: s, scenario: scenario.id })} />
        <Stat label="TPOT" value={current.tpotSeconds ?? Number.NaN} format={ms} error={current.fits ? undefined : text.doesNotFit}
          derivation={current.timing?.tpotDerivation} source={cite('databricks-2023-inference')} emphasis />
        <div className="cs-facts">
          <span>{budget}: <b>{current.fits ? (current.meetsTarget ? '✓' : '✗') : '✗'}</b></span>
          <span>{t(text.bottleneck)}: <b>{t(boundName[current.bound])}</b></span>
        </div>
      </div>
      {stepText && (
        <div className="cs-step" aria-live="polite">
          <p><span className="cs-tag">{t(text.challenge)}</span> {t(stepText.challenge)}</p>
          <p><span className="cs-tag cs-tag-lesson">{t(text.lesson)}</span> {t(stepText.lesson)}</p>
        </div>
      )}
      <LiveTable caption={text.tableCaption} columns={columns} rows={rows} rowKey={(r) => r.key} highlightKey={`${scenario.id}-${step}`} dense />
    </div>
  );

  return (
    <div className="cs-root">
      <SimLayout controls={controls} chart={chart} takeaway={text.takeaway} />
    </div>
  );
}
