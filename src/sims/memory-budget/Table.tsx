/**
 * 表2: weight sizes per format and which devices hold each model. Stage: six
 * models the story needs and four devices; explore: every preset model and
 * device, the INT4 group size and KV precision.
 */
import { useMemo } from 'react';
import { kvBytesPerToken, listHardware, listModels, memoryBreakdown, paramCount, weightBytes, type ModelSpec } from '../../engine/index.ts';
import { formatNumber, useText } from '../../i18n/index.ts';
import { LiveTable, Segmented, Select, SimFrame, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { SimReset } from '../_shared/SimReset.tsx';
import { GROUP_SIZES, KV_FORMATS, WEIGHT_FORMATS, type Inputs, type KvFormatId, type WeightFormatId } from './inputs.ts';
import { formatLabel, weightFormatOf } from './scenario.ts';
import { text } from './text.ts';

/** Short device names for narrow column headers (product names, the same in both languages). */
const SHORT: Record<string, string> = {
  'a100-40gb-sxm': 'A100 40G', 'a100-80gb-sxm': 'A100 80G', 'h100-sxm': 'H100', h200: 'H200', l4: 'L4', 'rtx-4090': 'RTX 4090',
  mi300x: 'MI300X', 'jetson-agx-orin-64gb': 'Orin 64G', 'tpu-v1': 'TPU v1', k80: 'K80', 'haswell-e5-2699-v3': 'Xeon',
};

/** The story's rows and columns on stage: the Llama family from a phone-sized model to 70B, on the cards the lecture uses. */
const STAGE_MODELS = ['llama-3.2-1b', 'llama-2-7b', 'llama-2-13b', 'mixtral-8x7b', 'llama-2-70b', 'opt-175b'];
const STAGE_DEVICES = ['rtx-4090', 'l4', 'a100-80gb-sxm', 'h200'];

/** The size columns: one per weight format family. */
const SIZE_FORMATS: readonly { id: string; label: string; format: WeightFormatId; group: number; stage: boolean }[] = [
  { id: 'fp32', label: 'FP32', format: 'fp32', group: 0, stage: false },
  { id: 'fp16', label: 'FP16/BF16', format: 'fp16', group: 0, stage: true },
  { id: 'int8', label: 'FP8/INT8', format: 'int8', group: 0, stage: true },
  { id: 'int4', label: 'INT4 g128', format: 'int4', group: 128, stage: true },
];

interface Row {
  readonly model: ModelSpec;
  readonly sizes: Record<string, number>;
  readonly fits: Record<string, boolean | null>;
}

export function Table({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const onStage = view === 'stage';
  const chosen = useMemo(() => weightFormatOf(s.weightFormat, s.groupSize), [s.weightFormat, s.groupSize]);
  const { context, kvFormat } = s;
  const devices = useMemo(() => listHardware().filter((h) => !onStage || STAGE_DEVICES.includes(h.id)), [onStage]);
  const models = useMemo(() => listModels().filter((m) => !onStage || STAGE_MODELS.includes(m.id)), [onStage]);

  const rows = useMemo<Row[]>(() => models.map((model) => {
    const sizes: Record<string, number> = {};
    for (const f of SIZE_FORMATS) sizes[f.id] = weightBytes(model, weightFormatOf(f.format, f.group));
    const fits: Record<string, boolean | null> = {};
    for (const hw of devices) {
      try {
        fits[hw.id] = memoryBreakdown(model, hw, { batch: 1, tokens: Math.min(context, model.maxPositionEmbeddings), weights: chosen, kv: kvFormat }).fits;
      } catch {
        fits[hw.id] = null;
      }
    }
    return { model, sizes, fits };
  }), [models, devices, context, kvFormat, chosen]);

  const gib = (v: number) => formatNumber(v / 2 ** 30);
  const columns: TableColumn<Row>[] = [
    { id: 'model', header: text.model, value: (r) => r.model.name, align: 'start', rowHeader: true },
    { id: 'params', header: text.params, unit: text.billions, value: (r) => paramCount(r.model) / 1e9, format: (v) => formatNumber(v as number) },
    ...(onStage ? [] : [{ id: 'kv', header: text.kvPerToken, unit: 'KiB', value: (r: Row) => kvBytesPerToken(r.model) / 1024, format: (v: number | string) => formatNumber(v as number) }]),
    ...SIZE_FORMATS.filter((f) => !onStage || f.stage).map((f): TableColumn<Row> => ({ id: f.id, header: f.label, unit: 'GiB', value: (r) => r.sizes[f.id] ?? 0, format: (v) => gib(v as number) })),
    ...devices.map((hw): TableColumn<Row> => ({
      id: hw.id, header: SHORT[hw.id] ?? hw.name, sortable: false,
      value: (r) => (r.fits[hw.id] === null ? '—' : r.fits[hw.id] ? '✓' : '✗'),
    })),
  ];
  const caption = text.tableCaption({ format: formatLabel(s.weightFormat, s.groupSize), kv: s.kvFormat.toUpperCase(), context });
  const controls = (
    <Segmented<WeightFormatId> {...bind('weightFormat')} label={text.tableFormat} options={WEIGHT_FORMATS.map((f) => ({ value: f, label: formatLabel(f, 0) }))} />
  );
  const moreControls = (
    <>
      {s.weightFormat === 'int4' && (
        <Select label={text.groupSize} value={String(s.groupSize)} options={GROUP_SIZES.map((g) => ({ value: String(g), label: g === 0 ? text.noGroups : `g = ${g}` }))} onChange={(g) => set({ groupSize: Number(g) })} />
      )}
      <Segmented<KvFormatId> {...bind('kvFormat')} options={KV_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} />
      <SimReset onReset={sim.reset} />
    </>
  );
  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={<><LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.model.id} highlightKey={s.modelId} dense /><TableNote /></>}
    />
  );
}

function TableNote() {
  const { t } = useText();
  return <p className="mb-table-note">{t(text.tableNote)}</p>;
}
