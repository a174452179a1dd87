import { useMemo } from 'react';
import type { SimProps } from '../_protocol/types.ts';
import { TOPOLOGIES, type Topology } from '../../engine/comm/parallelTopology.ts';
import { TRANSPORTS, type Transport } from '../../engine/comm/transport.ts';
import { LiveTable, Notice, ResetButton, Segmented, Select, formatPercent, formatSeconds, useText, type TableColumn } from '../../ui/index.ts';
import { errorText } from '../_shared/errorText.ts';
import { evaluate } from '../parallel-timeline/model.ts';
import { DEGREES, useParallelTimeline, type Mode, type PhaseId } from '../parallel-timeline/store.ts';
import { text, topologyText, transportText } from '../parallel-timeline/text.ts';
import { strategyRows, type Family, type StrategyRow } from './strategies.ts';
import '../parallel-timeline/parallelTimeline.css';

const familyText: Record<Family, { zh: string; en: string }> = {
  compression: { zh: '压缩算法', en: 'Compression' },
  network: { zh: '网络层', en: 'Network layer' },
  transport: { zh: '传输协议', en: 'Transport' },
  scheduling: { zh: '调度', en: 'Scheduling' },
};

const na = { zh: '不适用', en: 'n/a' };

/** 表10: communication strategies compared live on the configuration chosen in 图10 (shared store). */
export default function CommStrategies(_props: SimProps) {
  const s = useParallelTimeline();
  const set = useParallelTimeline.setState;
  const { t, lang } = useText();
  const computed = useMemo(() => {
    try {
      const baseline = evaluate(s);
      return { ok: true as const, baseline, rows: strategyRows(s, baseline) };
    } catch (err) {
      return { ok: false as const, error: errorText(err) };
    }
  }, [s]);
  const network = s.topology !== 'nvlink' && s.topology !== 'pcie';

  const controls = (
    <div className="cs-table-controls">
      <Segmented<Mode> label={text.mode} value={s.mode} options={[{ value: 'tp', label: text.tp }, { value: 'pp', label: text.pp }]} onChange={(mode) => set({ mode })} />
      <Segmented<PhaseId> label={text.phase} value={s.phase} options={[{ value: 'decode', label: text.decode }, { value: 'prefill', label: text.prefill }]} onChange={(phase) => set({ phase })} />
      <Segmented label={text.degree} value={String(s.degree)} options={DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ degree: Number(v) })} />
      <Select<Topology> label={text.topology} value={s.topology} options={TOPOLOGIES.map((v) => ({ value: v, label: topologyText[v] }))} onChange={(topology) => set({ topology })} />
      <Segmented<Transport> label={text.transport} value={s.transport} disabled={!network} options={TRANSPORTS.map((v) => ({ value: v, label: transportText[v] }))} onChange={(transport) => set({ transport })} />
      <ResetButton onReset={() => useParallelTimeline.reset()} />
    </div>
  );
  if (!computed.ok) return <div className="ui-root">{controls}<Notice kind="error" text={computed.error} /></div>;

  const base = computed.baseline.stepSeconds;
  const applicable = computed.rows.filter((r) => r.result !== null);
  const skipped = computed.rows.filter((r) => r.result === null);
  const columns: TableColumn<StrategyRow>[] = [
    { id: 'name', header: { zh: '策略', en: 'Strategy' }, value: (r) => `${t(r.strategy.name)} · ${t(familyText[r.strategy.family])}`, align: 'start', rowHeader: true },
    { id: 'step', header: { zh: '一步用时', en: 'Step time' }, value: (r) => r.result?.stepSeconds ?? -1, format: (v) => ((v as number) < 0 ? t(na) : formatSeconds(v as number)) },
    { id: 'saved', header: { zh: '每步（每 token）节省', en: 'Saved per step (per token)' }, value: (r) => r.savedSeconds ?? -Infinity,
      format: (v) => (Number.isFinite(v as number) ? `${(v as number) < 0 ? '−' : ''}${formatSeconds(Math.abs(v as number))} (${formatPercent((v as number) / base)})` : t(na)) },
    { id: 'cost', header: { zh: '代价', en: 'What it costs' }, value: (r) => t(r.strategy.cost), align: 'start', sortable: false },
  ];
  const cfg = `${computed.baseline.model.name} · ${t(s.mode === 'tp' ? text.tp : text.pp)} ×${s.degree} · ${t(s.phase === 'decode' ? text.decode : text.prefill)} · ${t(topologyText[s.topology])}${network ? ` · ${t(transportText[s.transport])}` : ''}`;
  const caption = {
    zh: `基线：${cfg}，一步 ${formatSeconds(base)}；每行在基线上只改一项（负值 = 变慢）`,
    en: `Baseline: ${cfg}, step ${formatSeconds(base)}; each row changes one thing (negative = slower)`,
  };
  return (
    <div className="ui-root cs-table" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {controls}
      <LiveTable caption={caption} columns={columns} rows={applicable} rowKey={(r) => r.strategy.id} dense initialSort={{ columnId: 'saved', direction: 'descending' }} />
      {skipped.length > 0 && <p className="cs-note">{t({ zh: '此配置下不适用：', en: 'Not applicable here: ' })}{skipped.map((r) => t(r.strategy.name)).join(lang === 'zh' ? '、' : ', ')}</p>}
      <p className="cs-note">{t({ zh: '与图 10 共用同一组设置（模型、GPU、批大小、上下文在图 10 中调整）。', en: 'Shares Figure 10’s settings (change model, GPU, batch and context there).' })}</p>
    </div>
  );
}
