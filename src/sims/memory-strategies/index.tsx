/**
 * memory-strategies (表4): the section's strategies on one model and GPU —
 * memory each frees and what it costs in FLOPs, time and PCIe traffic —
 * computed live by the engine.
 */
import { useEffect, useMemo, useRef } from 'react';
import { memoryStrategyRows, type MemoryStrategyId, type MemoryStrategyRow } from '../../engine/memory/strategies.ts';
import type { SimProps } from '../_protocol/types.ts';
import { formatBytes, formatFlops, formatPercent, formatSeconds, LiveTable, Notice, Select, SimLayout, Slider, useText, type TableColumn } from '../../ui/index.ts';
import { GPU_IDS, gpuOf, gpuOptions, MODEL_IDS, modelOf, modelOptions, presetId, tryEngine } from '../_shared/presetChoices.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { memoryStrategiesDefaults, setStrategies, useMemoryStrategies } from './store.ts';

const NAME: Record<MemoryStrategyId, { zh: string; en: string }> = {
  'weight-sharing': { zh: '权重共享（k = 16）', en: 'Weight sharing (k = 16)' },
  'activation-pruning': { zh: '激活裁剪（用完即释放）', en: 'Activation pruning (free after use)' },
  recomputation: { zh: '激活重算（每 √L 层检查点）', en: 'Recomputation (checkpoint every √L layers)' },
  reuse: { zh: '内存复用（按生命周期 + 原地）', en: 'Memory reuse (lifetimes + in place)' },
  offload: { zh: '调度：权重全部卸载到 CPU（预取）', en: 'Scheduling: all weights offloaded (prefetch)' },
  paging: { zh: '调度：KV cache 分页（块 16）', en: 'Scheduling: paged KV cache (block 16)' },
};
const BASELINE: Record<MemoryStrategyId, { zh: string; en: string }> = {
  'weight-sharing': { zh: '对比 FP16 权重', en: 'vs FP16 weights' },
  'activation-pruning': { zh: '对比保留所有层的激活', en: 'vs keeping every layer\'s activations' },
  recomputation: { zh: '对比保留所有层的激活', en: 'vs keeping every layer\'s activations' },
  reuse: { zh: '对比一层不复用', en: 'vs one layer without reuse' },
  offload: { zh: '对比权重全在显存', en: 'vs weights in GPU memory' },
  paging: { zh: '对比按最大长度连续预分配', en: 'vs contiguous to the maximum length' },
};

export default function MemoryStrategies({ preset }: SimProps) {
  const { t } = useText();
  const s = useMemoryStrategies();
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const st = useMemoryStrategies.getState();
    if (st.model === memoryStrategiesDefaults.model && st.hardware === memoryStrategiesDefaults.hardware) {
      setStrategies({ model: presetId(preset.model, MODEL_IDS, memoryStrategiesDefaults.model), hardware: presetId(preset.hardware, GPU_IDS, memoryStrategiesDefaults.hardware) });
    }
  }, [preset.model, preset.hardware]);
  const model = modelOf(s.model);
  const hw = gpuOf(s.hardware);
  const result = useMemo(() => tryEngine(() => memoryStrategyRows(model, hw, { batch: s.batch, tokens: s.tokens })), [model, hw, s.batch, s.tokens]);

  const controls = (
    <>
      <Select label={{ zh: '模型', en: 'Model' }} value={s.model} options={modelOptions} onChange={(model) => setStrategies({ model })} />
      <Select label={{ zh: '显卡', en: 'GPU' }} value={s.hardware} options={gpuOptions} onChange={(hardware) => setStrategies({ hardware })} />
      <Slider label={{ zh: '批大小', en: 'Batch' }} value={s.batch} min={1} max={256} step={1} log stops={[1, 8, 64]} onChange={(b) => setStrategies({ batch: Math.round(b) })} />
      <Slider label={{ zh: '序列长度', en: 'Sequence length' }} unit="tokens" value={s.tokens} min={16} max={32768} step={1} log stops={[512, 2048, 8192]} onChange={(v) => setStrategies({ tokens: Math.round(v) })} />
      <SimReset onReset={() => useMemoryStrategies.reset()} />
    </>
  );
  if (!result.ok) return <SimLayout controls={controls} chart={<Notice kind="error" text={result.error} />} />;
  const cap = hw.memoryCapacityBytes;
  const stepName = (r: MemoryStrategyRow) => t(r.step === 'decode' ? { zh: '解码步', en: 'decode step' } : { zh: '预填充', en: 'prefill' });
  const columns: TableColumn<MemoryStrategyRow>[] = [
    { id: 'name', header: { zh: '策略', en: 'Strategy' }, value: (r) => t(NAME[r.id]), format: (v, r) => `${String(v)} — ${t(BASELINE[r.id])}`, align: 'start', rowHeader: true },
    { id: 'saved', header: { zh: '节省显存', en: 'Memory saved' }, unit: 'GB', value: (r) => r.savedBytes, format: (v) => formatBytes(Number(v), 'GB') },
    { id: 'share', header: { zh: '占显卡容量', en: 'Of GPU capacity' }, value: (r) => r.savedBytes / cap, format: (v) => formatPercent(Number(v)) },
    { id: 'flops', header: { zh: '额外计算', en: 'Extra compute' }, unit: { zh: 'FLOP/步', en: 'FLOP/step' }, value: (r) => r.extraFlops, format: (v) => (Number(v) === 0 ? '0' : formatFlops(Number(v))) },
    { id: 'time', header: { zh: '时间变化', en: 'Time change' }, value: (r) => r.extraSeconds, format: (v, r) => `${Number(v) > 0 ? '+' : ''}${formatSeconds(Number(v))} / ${stepName(r)}` },
    { id: 'link', header: { zh: 'PCIe 传输', en: 'PCIe traffic' }, unit: { zh: '每步', en: 'per step' }, value: (r) => r.extraLinkBytes, format: (v) => (Number(v) === 0 ? '0' : formatBytes(Number(v), 'GB')) },
  ];
  const rows = result.value;
  const best = rows.reduce((a, b) => (b.savedBytes > a.savedBytes ? b : a));
  const caption = { zh: `表4 内存优化策略的效果对比（${model.name}，${hw.name}，批 ${s.batch}，${s.tokens} tokens）`, en: `Table 4 Memory optimisation strategies compared (${model.name}, ${hw.name}, batch ${s.batch}, ${s.tokens} tokens)` };
  return (
    <SimLayout controls={controls}
      chart={<LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} highlightKey={best.id} dense />}
      takeaway={{
        zh: '节省最多的未必最好：卸载省下全部权重显存，却要付出 PCIe 时间；分页几乎不增加计算就省下大量 KV 显存；复用和裁剪省得少，但几乎免费。',
        en: 'The biggest saving is not always the best: offloading frees all the weight memory but pays in PCIe time; paging frees much KV memory at almost no compute; reuse and pruning save less, but nearly for free.',
      }}
    />
  );
}
