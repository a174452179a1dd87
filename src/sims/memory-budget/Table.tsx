import { useMemo } from 'react';
import { kvBytesPerToken, listHardware, listModels, memoryBreakdown, paramCount, weightBytes, type ModelSpec } from '../../engine/index.ts';
import { LiveTable, Segmented, Select, formatNumber, useText, type TableColumn } from '../../ui/index.ts';
import { formatLabel, weightFormatOf } from './scenario.ts';
import { GROUP_SIZES, WEIGHT_FORMATS, useMemoryBudget, type WeightFormatId } from './store.ts';
import { text } from './text.ts';

const SHORT: Record<string, string> = {
  'a100-40gb-sxm': 'A100 40G', 'a100-80gb-sxm': 'A100 80G', 'h100-sxm': 'H100', h200: 'H200', l4: 'L4', 'rtx-4090': 'RTX 4090',
  mi300x: 'MI300X', 'jetson-agx-orin-64gb': 'Orin 64G', 'tpu-v1': 'TPU v1', k80: 'K80', 'haswell-e5-2699-v3': 'Xeon',
};

/** The size columns: one per weight format family. */
const SIZE_FORMATS: readonly { id: string; label: string; format: WeightFormatId; group: number }[] = [
  { id: 'fp32', label: 'FP32', format: 'fp32', group: 0 },
  { id: 'fp16', label: 'FP16/BF16', format: 'fp16', group: 0 },
  { id: 'int8', label: 'FP8/INT8', format: 'int8', group: 0 },
  { id: 'int4', label: 'INT4 g128', format: 'int4', group: 128 },
];

interface Row {
  readonly model: ModelSpec;
  readonly sizes: Record<string, number>;
  readonly fits: Record<string, boolean | null>;
}

export function Table() {
  const s = useMemoryBudget();
  const { t, lang } = useText();
  const set = useMemoryBudget.setState;
  const chosen = weightFormatOf(s.weightFormat, s.groupSize);
  const hardware = listHardware();

  const rows = useMemo<Row[]>(() => listModels().map((model) => {
    const sizes: Record<string, number> = {};
    for (const f of SIZE_FORMATS) sizes[f.id] = weightBytes(model, weightFormatOf(f.format, f.group));
    const fits: Record<string, boolean | null> = {};
    for (const hw of hardware) {
      try {
        fits[hw.id] = memoryBreakdown(model, hw, { batch: 1, tokens: Math.min(s.context, model.maxPositionEmbeddings), weights: chosen, kv: s.kvFormat }).fits;
      } catch {
        fits[hw.id] = null;
      }
    }
    return { model, sizes, fits };
  }), [s.context, s.kvFormat, s.weightFormat, s.groupSize]); // eslint-disable-line react-hooks/exhaustive-deps

  const gib = (v: number) => formatNumber(v / 2 ** 30);
  const columns: TableColumn<Row>[] = [
    { id: 'model', header: text.model, value: (r) => r.model.name, align: 'start', rowHeader: true },
    { id: 'params', header: text.params, unit: { zh: '十亿', en: 'B' }, value: (r) => paramCount(r.model) / 1e9, format: (v) => formatNumber(v as number) },
    { id: 'kv', header: text.kvPerToken, unit: 'KiB', value: (r) => kvBytesPerToken(r.model) / 1024, format: (v) => formatNumber(v as number) },
    ...SIZE_FORMATS.map((f): TableColumn<Row> => ({ id: f.id, header: f.label, unit: 'GiB', value: (r) => r.sizes[f.id] ?? 0, format: (v) => gib(v as number) })),
    ...hardware.map((hw): TableColumn<Row> => ({
      id: hw.id, header: SHORT[hw.id] ?? hw.name, sortable: false,
      value: (r) => (r.fits[hw.id] === null ? '—' : r.fits[hw.id] ? '✓' : '✗'),
    })),
  ];
  const context = s.context;
  const caption = {
    zh: `权重大小（GiB）；"✓/✗"：${formatLabel(s.weightFormat, s.groupSize)} 权重 + ${s.kvFormat.toUpperCase()} KV cache、批大小 1、上下文 ${context}（不超过模型上限）能否装进单卡 90% 显存`,
    en: `Weight size (GiB); ✓/✗: whether ${formatLabel(s.weightFormat, s.groupSize)} weights + ${s.kvFormat.toUpperCase()} KV cache at batch 1 and ${context} tokens (capped at the model's limit) fit in 90% of one device`,
  };
  return (
    <div className="ui-root mb-table" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className="mb-table-controls">
        <Segmented<WeightFormatId> label={text.tableFormat} value={s.weightFormat} options={WEIGHT_FORMATS.map((f) => ({ value: f, label: formatLabel(f, 0) }))} onChange={(weightFormat) => set({ weightFormat })} />
        {s.weightFormat === 'int4' && (
          <Select label={text.groupSize} value={String(s.groupSize)} options={GROUP_SIZES.map((g) => ({ value: String(g), label: g === 0 ? text.noGroups : `g = ${g}` }))} onChange={(g) => set({ groupSize: Number(g) })} />
        )}
      </div>
      <LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.model.id} highlightKey={s.modelId} dense />
      <p className="mb-table-note">{t({ zh: '高亮行 = 图 2 中当前选择的模型；表格与图 2 共用同一组设置。', en: 'Highlighted row = the model chosen in Figure 2; the table shares Figure 2’s settings.' })}</p>
    </div>
  );
}
