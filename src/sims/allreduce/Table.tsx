/** 表8: tensor-parallel traffic and time per model at TP 2/4/8 on the chosen link, against the compute it must hide under. */
import { useMemo } from 'react';
import { getHardware, listInterconnects } from '../../engine/index.ts';
import { presetLabel } from '../../i18n/engine/presets.ts';
import { LiveTable, Notice, Segmented, Select, SimLayout, Slider, formatBytes, formatNumber, formatSeconds, useText, type TableColumn } from '../../ui/index.ts';
import { TABLE_TP, tableRows, type TableRow } from './model.ts';
import { TABLE_HARDWARE, setInputs, useAllReduce } from './store.ts';
import { text } from './text.ts';

export function Table({ rejected, onReset }: { rejected: string[]; onReset: () => void }) {
  const { t } = useText();
  const s = useAllReduce();
  const rows = useMemo(
    () => tableRows({ linkId: s.linkId, hardwareId: s.hardwareId, batch: s.batch, promptTokens: s.promptTokens, phase: s.tablePhase }),
    [s.linkId, s.hardwareId, s.batch, s.promptTokens, s.tablePhase],
  );
  const firstError = rows.flatMap((r) => r.cells).find((c) => c.error)?.error;

  const columns: TableColumn<TableRow>[] = [
    { id: 'model', header: text.model, value: (r) => r.name, align: 'start', rowHeader: true },
    { id: 'hl', header: text.hl, value: (r) => r.hidden * r.layers, format: (_, r) => `${formatNumber(r.hidden)} × ${r.layers}` },
    { id: 'tok', header: text.perToken, value: (r) => r.decodeBytes, format: (v) => formatBytes(Number(v), 'binary') },
    { id: 'pre', header: text.perPrefill, value: (r) => r.prefillBytes, format: (v) => formatBytes(Number(v), 'binary') },
    ...TABLE_TP.flatMap((tp, i): TableColumn<TableRow>[] => [
      {
        id: `comm${tp}`, header: text.comm(tp), value: (r) => r.cells[i]?.commSeconds ?? Number.NaN,
        format: (v, r) => {
          const c = r.cells[i];
          if (!c || c.error) return '—';
          return `${formatSeconds(Number(v))}${c.commSeconds > c.computeSeconds ? ' ▲' : ''}`;
        },
      },
      { id: `comp${tp}`, header: text.compute(tp), value: (r) => r.cells[i]?.computeSeconds ?? Number.NaN, format: (v) => (Number.isFinite(Number(v)) ? formatSeconds(Number(v)) : '—') },
    ]),
  ];

  const controls = (
    <>
      <Select label={text.link} value={s.linkId} onChange={(v) => setInputs({ linkId: v })}
        options={listInterconnects().map((l) => ({ value: l.id, label: presetLabel(l) }))} />
      <Select label={text.hardware} value={s.hardwareId} onChange={(v) => setInputs({ hardwareId: v })}
        options={TABLE_HARDWARE.map((id) => ({ value: id, label: getHardware(id).name }))} />
      <Segmented label={text.phase} value={s.tablePhase} onChange={(v) => setInputs({ tablePhase: v })}
        options={[{ value: 'decode', label: text.decode }, { value: 'prefill', label: text.prefill }]} />
      <Slider label={text.batch} value={s.batch} min={1} max={256} step={1} log stops={[1, 8, 32, 128]} onChange={(v) => setInputs({ batch: v })} />
      <Slider label={text.prompt} value={s.promptTokens} min={1} max={32768} step={1} log stops={[128, 1024, 4096]} unit={{ zh: 'token', en: 'tokens' }} onChange={(v) => setInputs({ promptTokens: v })} />
      <button type="button" className="ui-button ui-reset" data-action="sim-reset" onClick={onReset}><span aria-hidden="true">↺ </span>{t(text.reset)}</button>
    </>
  );

  return (
    <SimLayout
      controls={controls}
      chart={<LiveTable caption={text.tableCaption} columns={columns} rows={rows} rowKey={(r) => r.id} dense />}
      takeaway={text.tableTakeaway}
      footer={
        <>
          <p className="allreduce-note">{t(text.tableNote)}</p>
          {firstError && <Notice kind="warning" text={firstError} />}
          {rejected.length > 0 && <Notice kind="warning" text={text.presetRejected(rejected.join(', '))} />}
        </>
      }
    />
  );
}
