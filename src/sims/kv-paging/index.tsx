/**
 * kv-paging: where every KV slot goes under contiguous pre-allocation and
 * under PagedAttention blocks, for a seeded batch or the paper's Fig. 3
 * example; then what the saved slots buy on the chosen device.
 */
import { useEffect, useMemo, useRef } from 'react';
import { inferenceStep, kvBytesPerToken, memoryBreakdown } from '../../engine/index.ts';
import type { LabelledDerivation } from '../../i18n/engine/derivations.ts';
import { kvSlotMap, meanPeakSlots, PAPER_FIG3_REQUESTS, seededRequests, type KvRequest } from '../../engine/memory/paging.ts';
import { okabeIto, neutralGrey, simChartArea, type MarkStyle } from '../../charts/index.ts';
import { SlotGrid } from '../../charts/slotGrid/SlotGrid.tsx';
import type { SimProps } from '../_protocol/types.ts';
import { formatBytes, formatCount, formatNumber, formatPercent, Notice, Segmented, Select, SimLayout, Slider, Stat, useText } from '../../ui/index.ts';
import { GPU_IDS, gpuOf, gpuOptions, MODEL_IDS, modelOf, modelOptions, presetId, tryEngine } from '../_shared/presetChoices.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { kvPagingDefaults, setKv, useKvPaging } from './store.ts';

const STATE_STYLES: Record<string, MarkStyle> = {
  used: { color: okabeIto.blue, dash: '', marker: 'square', pattern: 'solid', ink: '#FFFFFF' },
  reserved: { color: okabeIto.orange, dash: '', marker: 'circle', pattern: 'dots', ink: '#000000' },
  internal: { color: okabeIto.vermillion, dash: '', marker: 'triangle', pattern: 'diagonal', ink: '#000000' },
  external: { color: okabeIto.reddishPurple, dash: '', marker: 'diamond', pattern: 'crosshatch', ink: '#000000' },
  free: { color: neutralGrey, dash: '', marker: 'cross', pattern: 'none', ink: '#000000' },
};
const STATE_LABEL = {
  used: { zh: '已用', en: 'used' },
  reserved: { zh: '预留（稍后使用）', en: 'reserved (used later)' },
  internal: { zh: '内部碎片（永不使用）', en: 'internal (never used)' },
  external: { zh: '外部碎片', en: 'external' },
  free: { zh: '空闲', en: 'free' },
} as const;

/** The grid shows at most this many slots; a larger device pool is summarised by the numbers beside it. */
const GRID_SLOTS_MAX = 32768;

export default function KvPaging({ preset }: SimProps) {
  const { t, lang } = useText();
  const s = useKvPaging();
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const st = useKvPaging.getState();
    if (st.model === kvPagingDefaults.model && st.hardware === kvPagingDefaults.hardware) {
      setKv({ model: presetId(preset.model, MODEL_IDS, kvPagingDefaults.model), hardware: presetId(preset.hardware, GPU_IDS, kvPagingDefaults.hardware) });
    }
  }, [preset.model, preset.hardware]);

  const model = modelOf(s.model);
  const hw = gpuOf(s.hardware);
  const paper = s.scenario === 'paper';
  const maxLength = Math.min(s.maxLength, model.maxPositionEmbeddings);

  const result = useMemo(() => tryEngine(() => {
    const requests: readonly KvRequest[] = paper ? PAPER_FIG3_REQUESTS : seededRequests({ seed: s.seed, count: s.requests, maxLength });
    const perToken = kvBytesPerToken(model);
    const m = memoryBreakdown(model, hw, { batch: 1, tokens: 1 });
    const budget = Math.max(0, m.usable - m.weights - m.activations - m.workspace);
    const deviceSlots = Math.floor(budget / perToken);
    const pool = paper ? 2560 : Math.max(1, Math.min(deviceSlots, GRID_SLOTS_MAX));
    const step = paper ? 1 : s.step;
    const map = kvSlotMap({ requests, allocation: s.allocation, blockTokens: s.blockTokens, poolSlots: pool, step });
    const contiguousSlots = meanPeakSlots(requests, 'contiguous', s.blockTokens);
    const pagedSlots = meanPeakSlots(requests, 'paged', s.blockTokens);
    const fitContiguous = Math.floor(deviceSlots / contiguousSlots);
    const fitPaged = Math.floor(deviceSlots / pagedSlots);
    const context = Math.max(1, Math.round(requests.reduce((a, r) => a + r.promptTokens + r.outputTokens / 2, 0) / requests.length));
    const tps = (n: number) => (n < 1 ? 0 : n / inferenceStep(model, hw, { phase: 'decode', batch: n, tokens: context }).seconds);
    return { requests, map, perToken, budget, deviceSlots, pool, contiguousSlots, pagedSlots, fitContiguous, fitPaged, tpsContiguous: tps(fitContiguous), tpsPaged: tps(fitPaged), context };
  }), [paper, s.seed, s.requests, maxLength, model, hw, s.allocation, s.blockTokens, s.step]);

  const maxOutput = result.ok ? Math.max(1, ...result.value.requests.map((r) => r.outputTokens)) : 1;
  const controls = (
    <>
      <Segmented label={{ zh: '场景', en: 'Scenario' }} value={s.scenario} onChange={(scenario) => setKv({ scenario })}
        options={[{ value: 'seeded', label: { zh: '随机请求批', en: 'Seeded batch' } }, { value: 'paper', label: { zh: '论文图 3', en: 'Paper Fig. 3' } }]} />
      <Segmented label={{ zh: '分配方式', en: 'Allocation' }} value={s.allocation} onChange={(allocation) => setKv({ allocation })}
        options={[{ value: 'contiguous', label: { zh: '连续预分配', en: 'Contiguous' } }, { value: 'paged', label: { zh: '分页（按块）', en: 'Paged (blocks)' } }]} />
      <Slider label={{ zh: '块大小', en: 'Block size' }} unit="tokens" value={s.blockTokens} min={1} max={128} step={1} log stops={[1, 16, 128]} disabled={s.allocation !== 'paged'} onChange={(b) => setKv({ blockTokens: Math.round(b) })} />
      <Select label={{ zh: '模型', en: 'Model' }} value={s.model} options={modelOptions} onChange={(model) => setKv({ model })} />
      <Select label={{ zh: '显卡', en: 'GPU' }} value={s.hardware} options={gpuOptions} onChange={(hardware) => setKv({ hardware })} />
      {!paper && (
        <>
          <Slider label={{ zh: '随机种子', en: 'Seed' }} value={s.seed} min={0} max={9999} step={1} stops={[1, 42, 2023]} onChange={(seed) => setKv({ seed })} />
          <Slider label={{ zh: '请求数', en: 'Requests' }} value={s.requests} min={1} max={64} step={1} stops={[4, 12, 32]} onChange={(requests) => setKv({ requests })} />
          <Slider label={{ zh: '最大长度', en: 'Maximum length' }} unit="tokens" value={s.maxLength} min={64} max={8192} step={1} log stops={[512, 2048, 4096]} onChange={(v) => setKv({ maxLength: Math.round(v) })} />
          <Slider label={{ zh: '已解码步数', en: 'Decode steps so far' }} value={Math.min(s.step, maxOutput)} min={0} max={maxOutput} step={1} onChange={(step) => setKv({ step })} />
        </>
      )}
      <SimReset onReset={() => useKvPaging.reset()} />
    </>
  );
  if (!result.ok) return <SimLayout controls={controls} chart={<Notice kind="error" text={result.error} />} />;
  const r = result.value;
  const tot = r.map.totals;
  const held = tot.used + tot.reserved + tot.internal;
  const waste = tot.reserved + tot.internal + tot.external;
  const fmtB = (b: number) => formatBytes(b, 'binary');
  const paperLine = paper ? r.map.requests.map((q) => `${q.id}: ${formatCount(q.internal)}`).join(' · ') : '';
  const summary = lang === 'zh'
    ? `${r.map.poolSlots} 个 KV 槽位：已用 ${tot.used}，预留 ${tot.reserved}，内部碎片 ${tot.internal}，外部碎片 ${tot.external}，空闲 ${tot.free}；接纳 ${r.map.admitted}/${r.requests.length} 个请求。`
    : `${r.map.poolSlots} KV slots: ${tot.used} used, ${tot.reserved} reserved, ${tot.internal} internal, ${tot.external} external, ${tot.free} free; ${r.map.admitted}/${r.requests.length} requests admitted.`;

  const fitDerivation: LabelledDerivation = {
    id: 'kv-sequences-fit',
    title: { zh: '显存能容纳的序列数', en: 'Sequences that fit in the KV budget' },
    tex: 'n = \\left\\lfloor \\frac{M_{kv}}{\\bar{s} \\cdot m_{tok}} \\right\\rfloor',
    terms: [
      { symbol: 'M_{kv}', value: r.budget, unit: 'B', label: { zh: '可用显存 × 0.9 − 权重 − 激活 − 工作区', en: 'usable memory (×0.9) − weights − activations − workspace' } },
      { symbol: '\\bar{s}', value: s.allocation === 'paged' ? r.pagedSlots : r.contiguousSlots, unit: 'tokens', label: { zh: '每个请求峰值占用的槽位（平均）', en: 'slots a request holds at its peak (mean)' } },
      { symbol: 'm_{tok}', value: r.perToken, unit: 'B', label: { zh: '每个 token 的 KV 字节', en: 'KV bytes per token' } },
    ],
    result: { value: s.allocation === 'paged' ? r.fitPaged : r.fitContiguous, unit: 'count' },
    source: 'kwon-2023-vllm',
  };

  const chart = r.deviceSlots < 1 && !paper
    ? <Notice kind="warning" text={{ zh: '权重已占满该显卡的可用显存，没有留给 KV cache 的空间。', en: 'The weights fill this GPU\'s usable memory: no room is left for the KV cache.' }} />
    : (
      <SlotGrid width={simChartArea.withOutputs.width} height={simChartArea.withOutputs.height} label={summary}
        poolSlots={r.map.poolSlots} runs={r.map.runs} columns={paper ? 64 : undefined} styles={STATE_STYLES}
        legend={(['used', 'reserved', 'internal', 'external', 'free'] as const).map((id) => ({ id, label: t(STATE_LABEL[id]) }))} />
    );

  const outputs = (
    <>
      {paper && <Stat label={{ zh: '永不使用的槽位（论文：2038、507）', en: 'Never-used slots (paper: 2038, 507)' }} value={tot.internal} format={() => paperLine} emphasis />}
      <Stat label={{ zh: '真正存放 token 的比例', en: 'Share of held slots storing tokens' }} value={held > 0 ? tot.used / held : 0} format={(v) => formatPercent(v)} />
      <Stat label={{ zh: '浪费的槽位（预留 + 内部 + 外部）', en: 'Wasted slots (reserved + internal + external)' }} value={waste} format={formatCount} />
      <Stat label={{ zh: '接纳的请求', en: 'Requests admitted' }} value={r.map.admitted} format={(v) => `${formatCount(v)} / ${r.requests.length}`} />
      {!paper && (
        <>
          <Stat label={{ zh: `${hw.name} 可同时容纳的序列（连续）`, en: `Sequences resident on ${hw.name} (contiguous)` }} value={r.fitContiguous} format={formatCount} derivation={s.allocation === 'contiguous' ? fitDerivation : undefined} />
          <Stat label={{ zh: `可同时容纳的序列（分页，块 ${s.blockTokens}）`, en: `Sequences resident (paged, block ${s.blockTokens})` }} value={r.fitPaged} format={formatCount} baseline={r.fitContiguous} delta="ratio" derivation={s.allocation === 'paged' ? fitDerivation : undefined} emphasis />
          <Stat label={{ zh: '解码吞吐（分页）', en: 'Decode throughput (paged)' }} value={r.tpsPaged} format={(v) => `${formatNumber(v)} tokens/s`} baseline={r.tpsContiguous > 0 ? r.tpsContiguous : undefined} delta="ratio" baselineLabel={{ zh: `对比连续（${formatNumber(r.tpsContiguous)} tokens/s）`, en: `vs contiguous (${formatNumber(r.tpsContiguous)} tokens/s)` }} />
          <Stat label={{ zh: 'KV 预算', en: 'KV budget' }} value={r.budget} format={fmtB} />
        </>
      )}
    </>
  );

  return (
    <SimLayout controls={controls} chart={chart} outputs={outputs}
      takeaway={{
        zh: '连续预分配按最大长度预留，大部分槽位永远不会被使用；分页只在需要时分配块，浪费不超过每个序列最后一块，省下的显存直接变成更大的批和更高的吞吐。',
        en: 'Contiguous pre-allocation reserves the maximum length and most slots are never used; paging allocates blocks on demand, wastes less than one block per sequence, and the saved memory becomes a larger batch and higher throughput.',
      }}
    />
  );
}
