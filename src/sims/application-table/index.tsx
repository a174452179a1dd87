/**
 * 表1 / Table 1: the same optimisations across applications. Each row is the
 * engine's estimate for an application's workload, at baseline (FP16, batch
 * 1, nothing else) and with a stack chosen for that application; the verdict
 * compares it with the application's latency target (a teaching assumption).
 */
import { useMemo } from 'react';
import { decodeTimeDerivation, listHardware, listModels, resolveFormat, type NumberFormat } from '../../engine/index.ts';
import { useLang, type SimProps } from '../_protocol/index.ts';
import {
  formatNumber, formatSeconds, LiveTable, Notice, pickText, ResetButton, Segmented, Select, Stat, Takeaway,
  type Bilingual, type Lang, type TableColumn,
} from '../../ui/index.ts';
import { cite } from '../_shared/cite.ts';
import { resolveHardware, resolveModel } from '../optimisation-overview/scenario.ts';
import { APPLICATIONS, type Application } from './applications.ts';
import { applicationRows, type AppRow, type Verdict } from './rows.ts';
import { setApplicationTable, useApplicationTableStore } from './store.ts';
import './table.css';

const MODEL_OPTIONS = listModels().map((m) => ({ value: m.id, label: m.name }));
const HARDWARE_OPTIONS = listHardware().map((h) => ({ value: h.id, label: h.name }));

const text = {
  model: { zh: '服务器模型', en: 'Server model' },
  hardware: { zh: '服务器设备', en: 'Server device' },
  application: { zh: '查看应用', en: 'Application' },
  app: { zh: '应用', en: 'Application' },
  config: { zh: '优化栈', en: 'Optimised stack' },
  workload: { zh: '输入 → 输出', en: 'Prompt → output' },
  target: { zh: '延迟目标*', en: 'Latency target*' },
  ttft: { zh: 'TTFT', en: 'TTFT' },
  tpot: { zh: 'TPOT', en: 'TPOT' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  memory: { zh: '显存/GPU', en: 'Memory/GPU' },
  energy: { zh: '能耗/token†', en: 'Energy/token†' },
  verdict: { zh: '是否达标', en: 'Target met?' },
  baseline: { zh: '基线', en: 'Baseline' },
  optimised: { zh: '优化', en: 'Optimised' },
  throughputFirst: { zh: '吞吐优先', en: 'throughput first' },
  caption: { zh: '每格：基线 → 优化后（引擎实时计算）', en: 'Each cell: baseline → optimised (computed live by the engine)' },
  assumptions: {
    zh: '* 延迟目标是本课的教学假设；聊天与端侧的 TPOT 目标取阅读速度：238 词/分钟（Brysbaert 2019）× 4/3 token/词（OpenAI 经验值）≈ 每 token 189 ms。† 能耗为 45 nm 教学模型（Horowitz 2014），只看相对大小。基线 = FP16、批大小 1、连续预留 KV、单卡、未融合注意力。',
    en: '* Latency targets are teaching assumptions; the chat and on-device TPOT target is reading speed: 238 words/min (Brysbaert 2019) × 4/3 tokens/word (OpenAI rule of thumb) ≈ 189 ms per token. † Energy from a 45 nm teaching model (Horowitz 2014): compare, don’t quote. Baseline = FP16, batch 1, contiguous KV, one GPU, unfused attention.',
  },
  tpotWork: { zh: '优化后 TPOT', en: 'Optimised TPOT' },
  takeaway: {
    zh: '同一套优化对不同应用意义不同：交互式应用先看 TTFT/TPOT 是否达标，离线与长文档任务看吞吐和每 token 成本。',
    en: 'The same optimisations mean different things: interactive applications first ask whether TTFT/TPOT meet the target, offline and long-document work asks for throughput and cost per token.',
  },
} as const satisfies Record<string, Bilingual>;

const verdictText: Record<Verdict, Bilingual> = {
  met: { zh: '✓ 达标', en: '✓ met' },
  missed: { zh: '✗ 未达', en: '✗ missed' },
  'no-target': { zh: '—', en: '—' },
  'does-not-fit': { zh: '装不下', en: 'no fit' },
  error: { zh: '✕ 无法计算', en: '✕ cannot compute' },
};

function formatName(f: NumberFormat): string {
  if (typeof f === 'string') return f.toUpperCase();
  const r = resolveFormat('format', f);
  return r.groupSize ? `INT${r.bits} g${r.groupSize}` : `INT${r.bits}`;
}

function configText(r: AppRow, lang: Lang): string {
  const c = r.config;
  const parts = [formatName(c.weights)];
  if (c.kv !== 'fp16') parts.push(`KV ${formatName(c.kv)}`);
  if (c.paged) parts.push(lang === 'zh' ? '分页' : 'paged');
  if (c.tp > 1) parts.push(`TP${c.tp}`);
  if (c.attention === 'flash') parts.push(lang === 'zh' ? '融合注意力' : 'fused attn');
  const ran = r.estimate?.batch ?? 0;
  parts.push(ran > 0 && ran < c.batch ? `b=${ran}/${c.batch}` : `b=${c.batch}`);
  return parts.join(' · ');
}

function appName(app: Application, r: AppRow, lang: Lang): string {
  const name = pickText(app.name, lang);
  return app.device === 'server' ? name : `${name}: ${r.model.name} @ ${r.hardware.name.replace(/^NVIDIA /, '').replace(/ 64GB$/, '')}`;
}

function targetText(app: Application, lang: Lang): string {
  if (app.target === null) return pickText(text.throughputFirst, lang);
  return `≤ ${formatSeconds(app.target.ttftSeconds)} / ≤ ${formatSeconds(app.target.tpotSeconds, 'ms')}`;
}

export default function ApplicationTable({ preset }: SimProps) {
  const lang = useLang();
  const { model: modelId, hardware: hardwareId, selected } = useApplicationTableStore();
  const presetModel = resolveModel(preset.model);
  const presetHw = resolveHardware(preset.hardware);
  const model = resolveModel(modelId ?? presetModel.spec.id);
  const hw = resolveHardware(hardwareId ?? presetHw.spec.id);
  const unknown = [presetModel.unknown, presetHw.unknown, model.unknown, hw.unknown].filter((u): u is string => u !== null);
  const t = (b: Bilingual) => pickText(b, lang);

  const rows = useMemo(() => applicationRows(APPLICATIONS, model.spec, hw.spec), [model.spec, hw.spec]);
  const selectedApp = APPLICATIONS.find((a) => a.id === selected) ?? (APPLICATIONS[0] as Application);
  const selectedRow = rows.find((r) => r.key === `${selectedApp.id}/optimised`);
  const derivation = useMemo(() => {
    const e = selectedRow?.estimate;
    if (!selectedRow || !e || e.batch === 0) return null;
    const c = selectedRow.config;
    try {
      return decodeTimeDerivation(selectedRow.model, selectedRow.hardware, {
        batch: e.batch, tokens: c.promptTokens + Math.round(c.outputTokens / 2), weights: c.weights, kv: c.kv, tp: c.tp, attention: c.attention,
      });
    } catch {
      return null;
    }
  }, [selectedRow]);

  const pairs = useMemo(() => APPLICATIONS.map((app) => ({
    app,
    base: rows.find((r) => r.key === `${app.id}/baseline`) as AppRow,
    opt: rows.find((r) => r.key === `${app.id}/optimised`) as AppRow,
  })), [rows]);
  type Pair = (typeof pairs)[number];
  const pair = (f: (e: NonNullable<AppRow['estimate']>) => number | undefined, fmt: (v: number) => string) => (p: Pair) => {
    const one = (r: AppRow) => {
      const v = r.estimate ? f(r.estimate) : undefined;
      return v === undefined || !Number.isFinite(v) ? '—' : fmt(v);
    };
    return `${one(p.base)} → ${one(p.opt)}`;
  };
  const columns: TableColumn<Pair>[] = [
    { id: 'app', header: text.app, rowHeader: true, align: 'start', sortable: false, value: (p) => appName(p.app, p.opt, lang) },
    { id: 'workload', header: text.workload, unit: { zh: 'token', en: 'tokens' }, sortable: false, value: (p) => `${p.app.promptTokens} → ${p.app.outputTokens}` },
    { id: 'target', header: text.target, unit: 'TTFT / TPOT', sortable: false, value: (p) => targetText(p.app, lang) },
    { id: 'config', header: text.config, align: 'start', sortable: false, value: (p) => configText(p.opt, lang) },
    { id: 'ttft', header: text.ttft, unit: 'ms', sortable: false, value: pair((e) => e.serving?.ttftSeconds, (v) => formatNumber(v * 1e3)) },
    { id: 'tpot', header: text.tpot, unit: 'ms', sortable: false, value: pair((e) => e.serving?.tpotSeconds, (v) => formatNumber(v * 1e3)) },
    { id: 'throughput', header: text.throughput, unit: { zh: 'token/s', en: 'tokens/s' }, sortable: false, value: pair((e) => e.serving?.tokensPerSecond, (v) => formatNumber(v)) },
    { id: 'memory', header: text.memory, unit: 'GiB', sortable: false, value: pair((e) => e.memory.total, (v) => formatNumber(v / 2 ** 30)) },
    { id: 'energy', header: text.energy, unit: 'J', sortable: false, value: pair((e) => e.energy?.joulesPerToken, (v) => formatNumber(v)) },
    { id: 'verdict', header: text.verdict, align: 'start', sortable: false, value: (p) => `${t(verdictText[p.base.verdict])} → ${t(verdictText[p.opt.verdict])}` },
  ];

  const serverNote = lang === 'zh'
    ? `服务器行：${model.spec.name} 跑在 ${hw.spec.name} 上${hw.spec.intraNodeLink === null ? '（无卡间互联，张量并行退回单卡）' : ''}。`
    : `Server rows: ${model.spec.name} on ${hw.spec.name}${hw.spec.intraNodeLink === null ? ' (no GPU-to-GPU link: tensor parallelism falls back to one chip)' : ''}.`;
  const errorRow = rows.find((r) => r.error !== null);

  return (
    <div className="ui-root ui-sim-frame at-frame">
      <div className="at-controls">
        <Select label={text.model} value={model.spec.id} options={MODEL_OPTIONS} onChange={(v) => setApplicationTable({ model: v })} />
        <Select label={text.hardware} value={hw.spec.id} options={HARDWARE_OPTIONS} onChange={(v) => setApplicationTable({ hardware: v })} />
        <p className="at-server">{serverNote}</p>
        <div data-action="sim-reset" className="at-reset"><ResetButton onReset={() => useApplicationTableStore.reset()} /></div>
      </div>
      {unknown.length > 0 && <Notice kind="warning" text={{ zh: `幻灯片指定的预设未知，已改用默认值：${unknown.join('、')}`, en: `Unknown preset on the slide, default used instead: ${unknown.join(', ')}` }} />}
      <LiveTable caption={text.caption} columns={columns} rows={pairs} rowKey={(p) => p.app.id} highlightKey={selectedApp.id} dense />
      {errorRow?.error && <Notice kind="error" text={errorRow.error} />}
      <p className="at-assumptions">{t(text.assumptions)}</p>
      <div className="at-detail">
        <div className="at-detail-pick">
          <Segmented
            label={text.application}
            value={selectedApp.id}
            options={APPLICATIONS.map((a) => ({ value: a.id, label: a.name }))}
            onChange={(v) => setApplicationTable({ selected: v })}
          />
          <p className="at-rationale">{t(selectedApp.rationale)}</p>
        </div>
        <div className="at-detail-stat">
          <Stat
            label={{ zh: `${text.tpotWork.zh}（${selectedApp.name.zh}）`, en: `${text.tpotWork.en} (${selectedApp.name.en})` }}
            value={selectedRow?.estimate?.serving?.tpotSeconds ?? Number.NaN}
            format={(v) => formatSeconds(v, 'ms')}
            baseline={rows.find((r) => r.key === `${selectedApp.id}/baseline`)?.estimate?.serving?.tpotSeconds}
            baselineLabel={{ zh: '相对基线', en: 'vs baseline' }}
            derivation={derivation ?? undefined}
            source={cite('williams-2009-roofline')}
          />
        </div>
      </div>
      <Takeaway text={text.takeaway} />
    </div>
  );
}
