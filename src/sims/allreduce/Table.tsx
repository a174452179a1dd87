/**
 * 表8: tensor-parallel traffic and time per model at TP 2/4/8 on the chosen
 * link, against the compute it must hide under. Stage: link and phase; six
 * models and the chosen phase's traffic; the highlighted model's TP=8
 * communication and compute with their derivations. Explore: every model,
 * both traffic columns, the GPU, batch and prompt length.
 */
import { getHardware, getInterconnect } from '../../engine/index.ts';
import { formatBytes, formatNumber, formatSeconds, presetName, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { linkOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { STAGE_TABLE_MODELS, TABLE_HARDWARE, TABLE_MODELS, TABLE_TP, type Inputs } from './inputs.ts';
import { rowWork, tableRows, type TableRow } from './scenario.ts';
import { text } from './text.ts';

/** The readouts show the largest degree: where communication weighs most. */
const READ_TP = TABLE_TP[TABLE_TP.length - 1] as number;

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => {
    const models: readonly string[] = onStage
      ? (STAGE_TABLE_MODELS as readonly string[]).includes(s.tableModel) ? STAGE_TABLE_MODELS : [...STAGE_TABLE_MODELS, s.tableModel]
      : TABLE_MODELS;
    return { rows: tableRows(s, models), work: rowWork(s.tableModel, s, READ_TP) };
  }, [s, onStage]);

  const phases = [{ value: 'decode' as const, label: text.decode }, { value: 'prefill' as const, label: text.prefill }];
  const controls = (
    <>
      <Select {...bind('linkId')} options={linkOptions()} />
      <Segmented<'decode' | 'prefill'> {...bind('tablePhase')} options={phases} />
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('tableModel')} options={modelOptions(TABLE_MODELS)} />
      <Select {...bind('hardwareId')} options={TABLE_HARDWARE.map((id) => ({ value: id, label: getHardware(id).name }))} />
      <Slider {...bind('batch')} />
      <Slider {...bind('promptTokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { rows, work } = result.value;

  const commCell = (i: number) => (v: number | string, r: TableRow) => {
    const c = r.cells[i];
    if (!c) return '—';
    return `${formatSeconds(Number(v))}${c.commSeconds > c.computeSeconds ? ' ▲' : ''}`;
  };
  const columns: TableColumn<TableRow>[] = [
    { id: 'model', header: text.model, value: (r) => r.name, align: 'start', rowHeader: true },
    ...(onStage ? [] : [{ id: 'hl', header: text.hl, value: (r: TableRow) => r.hidden * r.layers, format: (_: number | string, r: TableRow) => `${formatNumber(r.hidden)} × ${r.layers}` }]),
    ...(onStage
      ? [{ id: 'traffic', header: text.traffic, value: (r: TableRow) => r.trafficBytes, format: (v: number | string) => formatBytes(Number(v), 'binary') }]
      : [
        { id: 'tok', header: text.perToken, value: (r: TableRow) => r.decodeBytes, format: (v: number | string) => formatBytes(Number(v), 'binary') },
        { id: 'pre', header: text.perPrefill, value: (r: TableRow) => r.prefillBytes, format: (v: number | string) => formatBytes(Number(v), 'binary') },
      ]),
    ...TABLE_TP.flatMap((tp, i): TableColumn<TableRow>[] => [
      { id: `comm${tp}`, header: text.comm(tp), value: (r) => r.cells[i]?.commSeconds ?? Number.NaN, format: commCell(i) },
      { id: `comp${tp}`, header: text.compute(tp), value: (r) => r.cells[i]?.computeSeconds ?? Number.NaN, format: (v) => formatSeconds(Number(v)) },
    ]),
  ];
  const modelName = rows.find((r) => r.id === s.tableModel)?.name ?? s.tableModel;
  const phase = s.tablePhase === 'decode' ? text.decode : text.prefill;
  const caption = text.tableCaption({ link: presetName(getInterconnect(s.linkId), lang), phase, batch: s.batch });
  const chart = (
    <>
      <LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} highlightKey={s.tableModel} dense />
      <p className="allreduce-note">{t(onStage ? text.tableStageNote : text.tableNote)}</p>
    </>
  );
  const readouts = (
    <>
      <Stat label={text.readComm(modelName, READ_TP)} value={work.comm.result.value} format={(v) => formatSeconds(v)} derivation={work.comm} emphasis />
      <Stat label={text.readCompute(modelName, READ_TP)} value={work.compute.result.value} format={(v) => formatSeconds(v)} derivation={work.compute} />
    </>
  );
  const moreReadouts = (
    <Stat label={text.readTraffic(modelName)} value={work.traffic.result.value} format={(v) => formatBytes(v, 'binary')} derivation={work.traffic} />
  );
  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      takeaway={text.tableTakeaway}
    />
  );
}
