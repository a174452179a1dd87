import { useMemo } from 'react';
import { getHardware, listHardware, listModels, ridgePoint } from '../../engine/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { defaultComputePrecision, groupBounds, rooflinePoints, type GroupBound } from '../../engine/compute/operatorBounds.ts';
import { decodeComputeBoundBatch } from '../../engine/compute/ridgeBatch.ts';
import { LiveTable, Notice, ResetButton, Select, useText } from '../../ui/index.ts';
import { BOUND_TEXT, T } from './text.ts';
import { setRoofline, useRoofline, type RooflineInputs } from './store.ts';

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

/** 表5 rows: every preset model on one device (ideal roofline). */
export function boundRows(hardware: string, inputs: Pick<RooflineInputs, 'batch' | 'prompt' | 'context'>): BoundRow[] {
  const hw = getHardware(hardware);
  const precision = defaultComputePrecision(hw);
  return listModels().map((m) => {
    const pre = groupBounds(rooflinePoints(m, hw, { phase: 'prefill', batch: 1, tokens: inputs.prompt, precision }));
    const dec = groupBounds(rooflinePoints(m, hw, { phase: 'decode', batch: inputs.batch, tokens: inputs.context, precision }));
    const ew: GroupBound | undefined = pre.elementwise === dec.elementwise ? pre.elementwise : 'mixed';
    return {
      id: m.id, name: m.name,
      prefillLinear: pre.linear, prefillAttention: pre.attention, decodeLinear: dec.linear, decodeAttention: dec.attention, elementwise: ew,
      ridgeBatch: decodeComputeBoundBatch(m, hw, { tokens: inputs.context, precision }),
    };
  });
}

export function BoundTable() {
  const { t } = useText();
  const inputs = useRoofline();
  const rows = useMemo(() => boundRows(inputs.hardware, inputs), [inputs.hardware, inputs.batch, inputs.prompt, inputs.context]);
  const hw = getHardware(inputs.hardware);
  const cell = (b: GroupBound | undefined) => (b === undefined ? '—' : `${b === 'compute' ? '▲' : b === 'memory' ? '▽' : '◆'} ${t(BOUND_TEXT[b])}`);
  const col = (id: keyof BoundRow, header: { zh: string; en: string }) => ({ id, header, value: (r: BoundRow) => cell(r[id] as GroupBound | undefined) });
  return (
    <div className="ui-root ui-sim-frame" style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <Select label={T.hardware} value={inputs.hardware} options={listHardware().map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setRoofline({ hardware: v })} />
        <span style={{ fontSize: '18px' }}>
          {t({ zh: '拐点', en: 'Ridge' })} I* = {formatNumber(ridgePoint(hw, defaultComputePrecision(hw)))} FLOP/B · {t(T.batch)} {inputs.batch} · {t(T.context)} {inputs.context} · {t(T.prompt)} {inputs.prompt}
        </span>
        <ResetButton onReset={() => useRoofline.reset()} />
      </div>
      <LiveTable
        caption={T.tableCaption}
        dense
        rows={rows}
        rowKey={(r) => r.id}
        highlightKey={inputs.model}
        columns={[
          { id: 'name', header: T.model, value: (r) => r.name, rowHeader: true },
          col('prefillLinear', { zh: '预填充·线性层', en: 'Prefill · linear' }),
          col('prefillAttention', { zh: '预填充·注意力', en: 'Prefill · attention' }),
          col('decodeLinear', { zh: '解码·线性层', en: 'Decode · linear' }),
          col('decodeAttention', { zh: '解码·注意力', en: 'Decode · attention' }),
          col('elementwise', { zh: '逐元素算子', en: 'Element-wise' }),
          {
            id: 'ridgeBatch', header: { zh: '解码转为算力受限的批大小', en: 'Decode compute-bound from batch' }, align: 'end',
            value: (r) => r.ridgeBatch ?? Number.POSITIVE_INFINITY,
            format: (v) => (Number.isFinite(v as number) ? formatNumber(v as number) : t(T.never)),
          },
        ]}
      />
      <Notice text={T.tableNote} />
    </div>
  );
}
