/** 表9: each method alone against the same baseline, and all together: time saved and what it costs. */
import { useMemo, useRef } from 'react';
import { useSlideActive } from '../_protocol/index.ts';
import { listInterconnects, listModels } from '../../engine/index.ts';
import { presetLabel } from '../../i18n/engine/presets.ts';
import { LiveTable, Notice, Segmented, Select, SimLayout, formatBytes, formatChange, formatCount, formatPercent, formatSeconds, useText, type Bilingual, type TableColumn } from '../../ui/index.ts';
import { methodRuns, type MethodRun } from './scenario.ts';
import { setInputs, useCommMethods, type CommMethodsInputs } from './store.ts';
import { methodHelps, methodLabel, text } from './text.ts';

function costOf(run: MethodRun, base: MethodRun, s: CommMethodsInputs): Bilingual {
  const r = run.result;
  const b = base.result;
  switch (run.id) {
    case 'baseline':
    case 'all': return { zh: '—', en: '—' };
    case 'compression': {
      const codec = formatSeconds(r.codecSeconds);
      const lossy = s.compression === 'topk' ? `丢弃 ${formatPercent(1 - s.topkDensity)} 的值` : '量化误差';
      const lossyEn = s.compression === 'topk' ? `drops ${formatPercent(1 - s.topkDensity)} of the values` : 'quantisation error';
      return { zh: `压缩/解压 ${codec}；${lossy}`, en: `codec ${codec}; ${lossyEn}` };
    }
    case 'async': {
      const extra = formatSeconds(r.computeBusySeconds - b.computeBusySeconds);
      return r.computeBusySeconds > b.computeBusySeconds
        ? { zh: `两半各算一遍：计算 +${extra}；两条 CUDA 流`, en: `two halves: compute +${extra}; two CUDA streams` }
        : { zh: '两条 CUDA 流与额外缓冲区', en: 'two CUDA streams and extra buffers' };
    }
    case 'chunked':
      return { zh: `${formatCount(r.linkMessages - b.linkMessages)} 条额外消息，每条都付 α`, en: `${formatCount(r.linkMessages - b.linkMessages)} extra messages, each paying α` };
    case 'priority': {
      const later = r.backgroundDoneSeconds - b.backgroundDoneSeconds;
      return { zh: `后台传输晚完成 ${formatSeconds(later)}；需要调度器`, en: `background finishes ${formatSeconds(later)} later; needs a scheduler` };
    }
    case 'merging':
      return { zh: `${formatBytes(s.bucketBytes)} 的拼包缓冲区；大桶不可抢占`, en: `${formatBytes(s.bucketBytes)} packing buffer; a big bucket can’t be preempted` };
  }
}

export function Table({ rejected, onReset }: { rejected: string[]; onReset: () => void }) {
  const { t } = useText();
  const s = useCommMethods();
  // Seven full schedules per change: while the table's slide is not the
  // current one (e.g. the figure on the slide before is being played with),
  // keep the last result and catch up when the table is shown.
  const active = useSlideActive();
  const shown = useRef(s);
  if (active) shown.current = s;
  const runs = useMemo(() => methodRuns(shown.current), [shown.current]);

  const controls = (
    <>
      <Select label={text.model} value={s.modelId} onChange={(v) => setInputs({ modelId: v })} options={listModels().map((m) => ({ value: m.id, label: m.name }))} />
      <Select label={text.link} value={s.linkId} onChange={(v) => setInputs({ linkId: v })} options={listInterconnects().map((l) => ({ value: l.id, label: presetLabel(l) }))} />
      <Segmented label={text.phase} value={s.phase} onChange={(v) => setInputs({ phase: v })} options={[{ value: 'prefill', label: text.prefill }, { value: 'decode', label: text.decode }]} />
      <button type="button" className="ui-button ui-reset" data-action="sim-reset" onClick={onReset}><span aria-hidden="true">↺ </span>{t(text.reset)}</button>
    </>
  );
  if (!runs.ok) return <SimLayout controls={controls} chart={<Notice kind="error" text={runs.error} />} />;
  const base = runs.runs[0] as MethodRun;
  const columns: TableColumn<MethodRun>[] = [
    { id: 'method', header: text.method, value: (r) => t(methodLabel[r.id]), align: 'start', rowHeader: true, sortable: false },
    { id: 'step', header: text.step, value: (r) => r.result.stepSeconds, format: (v) => formatSeconds(Number(v)) },
    { id: 'stall', header: text.stall, value: (r) => r.result.stallSeconds, format: (v) => formatSeconds(Number(v)) },
    {
      id: 'saved', header: text.saved, value: (r) => base.result.stepSeconds - r.result.stepSeconds,
      format: (v) => `${Number(v) >= 0 ? '' : '−'}${formatSeconds(Math.abs(Number(v)))} (${formatChange(-Number(v) / base.result.stepSeconds)})`,
    },
    { id: 'cost', header: text.cost, value: (r) => t(costOf(r, base, s)), align: 'start', sortable: false },
    { id: 'helps', header: text.helps, value: (r) => t(methodHelps[r.id]), align: 'start', sortable: false },
  ];
  return (
    <SimLayout
      controls={controls}
      chart={<LiveTable caption={text.tableCaption} columns={columns} rows={runs.runs} rowKey={(r) => r.id} dense />}
      takeaway={text.tableTakeaway}
      footer={
        <>
          <p className="comm-methods-note">{t(text.tableNote)}</p>
          {rejected.length > 0 && <Notice kind="warning" text={text.presetRejected(rejected.join(', '))} />}
        </>
      }
    />
  );
}
