/**
 * 表5: for each model on the chosen device, which operator classes are
 * compute- or bandwidth-bound in prefill and decode, and the batch at which
 * decode turns compute-bound. Stage: the device; six models the story needs;
 * the device's ridge point with its work. Explore: every preset model, the
 * decode batch, prompt and context.
 */
import {
  decodeComputeBoundBatch, deviceRidge, getHardware, groupBounds, listModels, ridgePointDerivation, rooflinePoints,
  type GroupBound, type HardwareSpec,
} from '../../engine/index.ts';
import { formatNumber, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import type { Inputs } from './inputs.ts';
import { BOUND_SHORT, BOUND_TEXT, PRECISION_LABEL, text } from './text.ts';

/** The story's rows on stage: dense MHA (Llama-2 7B, 13B), GQA (Llama-2-70B, Llama-3-8B, Mistral-7B) and MoE (Mixtral). */
const STAGE_MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b', 'mistral-7b', 'mixtral-8x7b'];

export interface BoundRow {
  readonly id: string;
  readonly name: string;
  readonly prefillLinear?: GroupBound;
  readonly prefillAttention?: GroupBound;
  readonly decodeLinear?: GroupBound;
  readonly decodeAttention?: GroupBound;
  readonly elementwise?: GroupBound;
  readonly ridgeBatch: number | null;
}

/** 表5 rows: the given models on one device (ideal roofline, at the device's ridge precision). */
export function boundRows(hw: HardwareSpec, ids: readonly string[] | null, q: { batch: number; prompt: number; context: number }): BoundRow[] {
  const precision = deviceRidge(hw).precision;
  return listModels().filter((m) => ids === null || ids.includes(m.id)).map((m) => {
    const pre = groupBounds(rooflinePoints(m, hw, { phase: 'prefill', batch: 1, tokens: q.prompt, precision }));
    const dec = groupBounds(rooflinePoints(m, hw, { phase: 'decode', batch: q.batch, tokens: q.context, precision }));
    return {
      id: m.id, name: m.name,
      prefillLinear: pre.linear, prefillAttention: pre.attention, decodeLinear: dec.linear, decodeAttention: dec.attention,
      elementwise: pre.elementwise === dec.elementwise ? pre.elementwise : 'mixed',
      ridgeBatch: decodeComputeBoundBatch(m, hw, { tokens: q.context, precision }),
    };
  });
}

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => {
    const hw = getHardware(s.hardwareId);
    const ridge = deviceRidge(hw);
    return { hw, ridge, rows: boundRows(hw, onStage ? STAGE_MODELS : null, s), dRidge: ridgePointDerivation(hw, ridge.precision) };
  }, [s, onStage]);
  const controls = <Select {...bind('hardwareId')} options={deviceOptions()} />;
  const moreControls = (
    <>
      <Slider {...bind('batch')} />
      <Slider {...bind('prompt')} />
      <Slider {...bind('context')} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  const { rows, ridge } = result.value;
  const words = onStage ? BOUND_SHORT : BOUND_TEXT;
  const cell = (b: GroupBound | undefined) => (b === undefined ? '—' : `${b === 'compute' ? '▲' : b === 'memory' ? '▽' : '◆'} ${t(words[b])}`);
  const col = (id: keyof BoundRow, header: TableColumn<BoundRow>['header']): TableColumn<BoundRow> => ({ id, header, value: (r) => cell(r[id] as GroupBound | undefined), sortable: false });
  const columns: TableColumn<BoundRow>[] = [
    { id: 'name', header: text.model, value: (r) => r.name, rowHeader: true, align: 'start' },
    col('prefillLinear', text.prefillLinear),
    col('prefillAttention', text.prefillAttention),
    col('decodeLinear', text.decodeLinear),
    col('decodeAttention', text.decodeAttention),
    col('elementwise', text.elementwise),
    {
      id: 'ridgeBatch', header: onStage ? text.ridgeBatchShort : text.ridgeBatch,
      value: (r) => r.ridgeBatch ?? Number.POSITIVE_INFINITY,
      format: (x) => (Number.isFinite(x as number) ? formatNumber(x as number) : t(text.never)),
    },
  ];
  const precisionName = PRECISION_LABEL[ridge.precision];
  const readouts = (
    <Stat label={text.ridge(precisionName)} value={ridge.flopsPerByte} format={(x) => `${formatNumber(x)} FLOP/B`} unit={text.macEquivalent(formatNumber(ridge.macsPerByte))} derivation={result.value.dRidge} emphasis />
  );
  return (
    <SimFrame
      stage="top" controls={controls} moreControls={moreControls} readouts={readouts}
      chart={<><LiveTable caption={text.tableCaption} dense rows={rows} rowKey={(r) => r.id} highlightKey={s.modelId} columns={columns} /><p className="rf-note">{t(text.tableNote)}</p></>}
    />
  );
}
