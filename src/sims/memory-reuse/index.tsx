/**
 * memory-reuse (图4): the activation tensors of one transformer layer's
 * prefill, their lifetimes, and the arena each allocation strategy needs;
 * then recomputation as bytes bought with FLOPs.
 */
import { useEffect, useMemo, useRef } from 'react';
import { getHardware, inferenceStep } from '../../engine/index.ts';
import type { LabelledDerivation } from '../../i18n/engine/derivations.ts';
import { layerBuffers, layerTensorLifetimes } from '../../engine/memory/lifetimes.ts';
import { planReuse, type ReuseStrategy } from '../../engine/memory/reuse.ts';
import { checkpointPlan } from '../../engine/memory/recompute.ts';
import type { SimProps } from '../_protocol/types.ts';
import { LifetimeChart } from '../../charts/lifetimeChart/LifetimeChart.tsx';
import { simChartArea, tickBytes } from '../../charts/index.ts';
import { formatBytes, formatFlops, formatSeconds, Notice, Segmented, Select, SimLayout, Slider, Stat, Toggle, useText } from '../../ui/index.ts';
import { MODEL_IDS, modelOf, modelOptions, presetId, tryEngine } from '../_shared/presetChoices.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { memoryReuseDefaults, setReuse, useMemoryReuse } from './store.ts';

/** Device whose peak times the recomputation (the layer arithmetic is the same on any GPU; time is not). */
const TIMING_GPU = 'a100-80gb-sxm';

const STRATEGY_LABEL: Record<ReuseStrategy, { zh: string; en: string }> = {
  none: { zh: '不复用', en: 'No reuse' },
  'best-fit': { zh: '最佳适配（在线）', en: 'Best fit (online)' },
  'greedy-by-size': { zh: '按大小贪心（离线）', en: 'Greedy by size (offline)' },
};

const TENSOR_LABEL: Record<string, string> = { x: 'x', h1: 'norm₁', q: 'q', S: 'scores', P: 'probs', ctx: 'ctx', o: 'o', x2: 'x₂', h2: 'norm₂', g: 'gate', u: 'up', m: 'act·up', f1: 'fc1', f2: 'act', y: 'mlp', out: 'out' };

export default function MemoryReuse({ preset }: SimProps) {
  const { t, lang } = useText();
  const s = useMemoryReuse();
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const id = presetId(preset.model, MODEL_IDS, memoryReuseDefaults.model);
    if (preset.model !== undefined && useMemoryReuse.getState().model === memoryReuseDefaults.model) setReuse({ model: id });
  }, [preset.model]);

  const model = modelOf(s.model);
  const L = model.numLayers;
  const segment = s.segment === 0 || s.segment > L ? L : s.segment;

  const result = useMemo(() => tryEngine(() => {
    const lt = layerTensorLifetimes(model, { batch: s.batch, tokens: s.tokens, attention: s.attention });
    const buffers = layerBuffers(lt, s.inPlace);
    const plans = {
      none: planReuse(buffers, 'none', lt.ops.length),
      'best-fit': planReuse(buffers, 'best-fit', lt.ops.length),
      'greedy-by-size': planReuse(buffers, 'greedy-by-size', lt.ops.length),
    };
    const step = inferenceStep(model, getHardware(TIMING_GPU), { phase: 'prefill', batch: s.batch, tokens: s.tokens, attention: s.attention });
    let layerFlops = 0;
    let layerSeconds = 0;
    for (const op of step.ops) if (op.count === L) { layerFlops += op.flops; layerSeconds += op.seconds; }
    const xBytes = lt.tensors.find((x) => x.id === 'x')?.bytes ?? 0;
    const stash = lt.tensors.filter((x) => x.id !== 'out').reduce((a, x) => a + x.bytes, 0);
    const ckpt = checkpointPlan({ layers: L, segmentLayers: segment, layerInputBytes: xBytes, layerStashBytes: stash, layerFlops, layerSeconds });
    const live = Array.from({ length: lt.ops.length }, (_, i) => buffers.filter((b) => b.start <= i && i <= b.end).reduce((a, b) => a + b.bytes, 0));
    const noInPlace = planReuse(layerBuffers(lt, false), 'none', lt.ops.length);
    return { lt, buffers, plans, ckpt, live, stepFlops: step.flops, maxBytes: noInPlace.totalBytes };
  }), [model, s.batch, s.tokens, s.attention, s.inPlace, segment, L]);

  const controls = (
    <>
      <Segmented label={{ zh: '分配策略', en: 'Allocation' }} value={s.strategy} onChange={(strategy) => setReuse({ strategy })}
        options={(['none', 'best-fit', 'greedy-by-size'] as const).map((v) => ({ value: v, label: STRATEGY_LABEL[v] }))} />
      <Toggle label={{ zh: '原地算子（激活、残差相加）', en: 'In-place ops (activation, residual add)' }} checked={s.inPlace} onChange={(inPlace) => setReuse({ inPlace })} />
      <Slider label={{ zh: '重算：每 k 层保留一个检查点', en: 'Recompute: keep a checkpoint every k layers' }} unit={{ zh: '层', en: 'layers' }} value={segment} min={1} max={L} step={1}
        stops={[{ value: 1, label: '1' }, { value: Math.max(1, Math.round(Math.sqrt(L))), label: '√L' }, { value: L, label: { zh: '全部保留', en: 'keep all' } }]}
        onChange={(k) => setReuse({ segment: k >= L ? 0 : k })} />
      <Segmented label={{ zh: '注意力实现', en: 'Attention kernel' }} value={s.attention} onChange={(attention) => setReuse({ attention })}
        options={[{ value: 'flash', label: 'FlashAttention' }, { value: 'naive', label: { zh: '标准（写出分数）', en: 'Standard (scores stored)' } }]} />
      <Select label={{ zh: '模型', en: 'Model' }} value={s.model} options={modelOptions} onChange={(model) => setReuse({ model })} />
      <Slider label={{ zh: '批大小', en: 'Batch' }} value={s.batch} min={1} max={64} step={1} onChange={(batch) => setReuse({ batch })} />
      <Slider label={{ zh: '提示词长度（预填充）', en: 'Prompt length (prefill)' }} unit="tokens" value={s.tokens} min={1} max={32768} log step={1} onChange={(tokens) => setReuse({ tokens: Math.round(tokens) })} />
      <SimReset onReset={() => useMemoryReuse.reset()} />
    </>
  );

  if (!result.ok) {
    return <SimLayout controls={controls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { lt, buffers, plans, ckpt, live, stepFlops, maxBytes } = result.value;
  const plan = plans[s.strategy];
  const fmt = (b: number) => formatBytes(b, 'binary');
  const peakOp = live.indexOf(Math.max(...live));
  const summary = lang === 'zh'
    ? `${model.name} 一层前向：${buffers.length} 个缓冲区，${STRATEGY_LABEL[s.strategy].zh} 的显存池 ${fmt(plan.peakBytes)}，下界 ${fmt(plan.lowerBoundBytes)}，峰值出现在 ${lt.ops[peakOp]?.name ?? ''}。`
    : `${model.name}, one layer's forward pass: ${buffers.length} buffers; ${STRATEGY_LABEL[s.strategy].en} needs an arena of ${fmt(plan.peakBytes)}; lower bound ${fmt(plan.lowerBoundBytes)}, reached at ${lt.ops[peakOp]?.name ?? ''}.`;

  const derivation: LabelledDerivation = {
    id: 'reuse-lower-bound',
    title: { zh: '复用的下界：同一时刻存活字节之和的最大值', en: 'Lower bound of reuse: the most bytes live at once' },
    tex: 'M_{\\min} = \\max_i \\sum_{t\\,\\text{live at } i} |t|',
    terms: [
      { symbol: 'M_{\\text{none}}', value: plan.totalBytes, unit: 'B', label: { zh: '不复用：所有张量之和', en: 'no reuse: sum of all tensors' } },
      { symbol: 'i^{*}', value: peakOp, unit: 'count', label: { zh: `峰值算子序号（${lt.ops[peakOp]?.name ?? ''}）`, en: `peak operator index (${lt.ops[peakOp]?.name ?? ''})` } },
      { symbol: 'T', value: lt.tokensInFlight, unit: 'tokens', label: { zh: '批大小 × 提示词长度', en: 'batch × prompt length' } },
    ],
    result: { value: plan.lowerBoundBytes, unit: 'B' },
    source: 'pisarchyk-2020-memory',
  };
  const ckptDerivation: LabelledDerivation = {
    id: 'checkpoint',
    title: { zh: '重算：以 FLOPs 换字节', en: 'Recomputation: bytes bought with FLOPs' },
    tex: 'M = \\lceil L/k \\rceil |x| + k S,\\quad \\Delta F = (L-k) F_{\\text{layer}}',
    terms: [
      { symbol: 'L', value: L, unit: 'count', label: { zh: '层数', en: 'layers' } },
      { symbol: 'k', value: segment, unit: 'count', label: { zh: '每段层数', en: 'layers per segment' } },
      { symbol: '|x|', value: lt.tensors.find((x) => x.id === 'x')?.bytes ?? 0, unit: 'B', label: { zh: '检查点（层输入）', en: 'checkpoint (layer input)' } },
      { symbol: 'S', value: ckpt.keepAllBytes / L, unit: 'B', label: { zh: '一层留下的激活', en: "one layer's kept activations" } },
      { symbol: 'F_{\\text{layer}}', value: ckpt.recomputedLayers > 0 ? ckpt.extraFlops / ckpt.recomputedLayers : stepFlops / L, unit: 'FLOP', label: { zh: '一层前向 FLOPs', en: "one layer's forward FLOPs" } },
    ],
    result: { value: ckpt.keptBytes, unit: 'B' },
    source: 'chen-2016-checkpointing',
  };

  const chart = (
    <LifetimeChart
      width={simChartArea.withOutputs.width} height={simChartArea.withOutputs.height}
      label={summary}
      opNames={lt.ops.map((o) => o.name)}
      boxes={plan.placements.map((p) => ({ ...p, label: (buffers.find((b) => b.id === p.id)?.tensors ?? [p.id]).map((id) => TENSOR_LABEL[id] ?? id).join('→') }))}
      live={live} peakBytes={plan.peakBytes} lowerBoundBytes={plan.lowerBoundBytes} bytesMax={maxBytes}
      bytesFormat={tickBytes('binary')}
      titles={{ offset: t({ zh: '偏移（字节）', en: 'Offset (bytes)' }), live: t({ zh: '存活字节', en: 'Live bytes' }), ops: t({ zh: '算子（执行顺序）', en: 'Operator (execution order)' }) }}
      peakLabel={t({ zh: `显存池 ${fmt(plan.peakBytes)}`, en: `arena ${fmt(plan.peakBytes)}` })}
      boundLabel={t({ zh: `峰值 ${fmt(plan.lowerBoundBytes)}`, en: `peak ${fmt(plan.lowerBoundBytes)}` })}
    />
  );

  const outputs = (
    <>
      <Stat label={{ zh: `显存池：${STRATEGY_LABEL[s.strategy].zh}`, en: `Arena: ${STRATEGY_LABEL[s.strategy].en}` }} value={plan.peakBytes} format={fmt}
        baseline={s.strategy === 'none' ? undefined : plans.none.peakBytes} baselineLabel={{ zh: '对比不复用', en: 'vs no reuse' }} emphasis />
      <Stat label={{ zh: '下界（最多同时存活）', en: 'Lower bound (most live at once)' }} value={plan.lowerBoundBytes} format={fmt} derivation={derivation} />
      <Stat label={{ zh: `保留的激活（k = ${segment}）`, en: `Kept activations (k = ${segment})` }} value={ckpt.keptBytes} format={fmt} baseline={ckpt.keepAllBytes} baselineLabel={{ zh: '对比全部保留', en: 'vs keep all' }} derivation={ckptDerivation} />
      <Stat label={{ zh: `重算增加的 FLOPs（${formatSeconds(ckpt.extraSeconds)}，${getHardware(TIMING_GPU).name}）`, en: `Extra FLOPs (${formatSeconds(ckpt.extraSeconds)} on ${getHardware(TIMING_GPU).name})` }} value={ckpt.extraFlops} format={formatFlops} />
    </>
  );

  return (
    <SimLayout
      controls={controls}
      chart={chart}
      outputs={outputs}
      takeaway={{
        zh: '生命周期不重叠的张量可以共用地址：复用把显存池从"所有张量之和"压到接近"同时存活之和"；原地算子再降下界；重算则用额外 FLOPs 换更少的保留字节。',
        en: 'Tensors whose lifetimes never overlap can share addresses: reuse shrinks the arena from "all tensors" towards "most live at once"; in-place ops lower that bound; recomputation buys kept bytes with extra FLOPs.',
      }}
    />
  );
}
