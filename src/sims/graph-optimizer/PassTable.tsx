import { useMemo } from 'react';
import { getHardware, getModel, listHardware, listModels, REALISTIC_EFFICIENCY } from '../../engine/index.ts';
import { formatBytes, formatFlops, formatSeconds } from '../../i18n/format.ts';
import { defaultComputePrecision } from '../../engine/compute/operatorBounds.ts';
import { passComparison, type PassRow } from '../../engine/graph/compare.ts';
import { formatNumber, LiveTable, Notice, ResetButton, Segmented, Select, useText } from '../../ui/index.ts';
import { ENGINE_PASS_TEXT, G } from './text.ts';
import { setGraph, useGraphOptimizer } from './store.ts';

export function PassTable() {
  const { t } = useText();
  const s = useGraphOptimizer();
  const rows = useMemo(() => {
    const hw = getHardware(s.hardware);
    return passComparison(getModel(s.model), hw, defaultComputePrecision(hw), { phase: s.phase, batch: s.batch, tokens: s.tokens });
  }, [s.model, s.hardware, s.phase, s.batch, s.tokens]);
  // "818 → 544 MB": one unit when both sides share it, so the columns fit a projector.
  const arrow = (a: string, b: string) => {
    const [av, au] = a.split(' ');
    const [bv, bu] = b.split(' ');
    return au !== undefined && au === bu ? `${av} → ${bv} ${bu}` : `${a} → ${b}`;
  };
  return (
    <div className="ui-root ui-sim-frame" style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <Select label={G.model} value={s.model} options={listModels().map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setGraph({ model: v })} />
        <Select label={G.hardware} value={s.hardware} options={listHardware().map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setGraph({ hardware: v })} />
        <Segmented label={G.phase} value={s.phase} options={[{ value: 'prefill', label: G.prefill }, { value: 'decode', label: G.decode }]} onChange={(v) => setGraph({ phase: v })} />
        <span style={{ fontSize: '18px' }}>{t(G.batch)} {s.batch} · {t(G.tokens)} {s.tokens}</span>
        <ResetButton onReset={() => useGraphOptimizer.reset()} />
      </div>
      <LiveTable<PassRow>
        caption={G.tableCaption}
        dense
        rows={rows}
        rowKey={(r) => r.pass}
        columns={[
          { id: 'pass', header: G.pass, value: (r) => t(ENGINE_PASS_TEXT[r.pass]), rowHeader: true },
          { id: 'kernels', header: G.kernels, value: (r) => arrow(String(r.before.kernels), String(r.after.kernels)), align: 'end' },
          { id: 'bytes', header: G.bytes, value: (r) => arrow(formatBytes(r.before.bytes), formatBytes(r.after.bytes)), align: 'end' },
          { id: 'flops', header: G.flops, value: (r) => arrow(formatFlops(r.before.flops), formatFlops(r.after.flops)), align: 'end' },
          { id: 'time', header: G.time, value: (r) => arrow(formatSeconds(r.before.seconds), formatSeconds(r.after.seconds)), align: 'end' },
          { id: 'speedup', header: G.speedup, value: (r) => r.before.seconds / r.after.seconds, format: (v) => `${formatNumber(v as number)}×`, align: 'end' },
          { id: 'removed', header: G.removed, value: (r) => r.removed, align: 'end' },
        ]}
      />
      <Notice text={G.tableNote(formatNumber(REALISTIC_EFFICIENCY.computeEfficiency), formatNumber(REALISTIC_EFFICIENCY.memoryEfficiency), formatSeconds(REALISTIC_EFFICIENCY.kernelLaunchSeconds))} />
    </div>
  );
}
