import { useEffect, useMemo, useState } from 'react';
import type { SimProps } from '../_protocol/types.ts';
import { getModel, listModels } from '../../engine/index.ts';
import { BLOCK_FUSIONS, fusionSavings, partitionBlock, transformerBlockGraph, type BlockFusionId } from '../../engine/memory/blockGraph.ts';
import { BlockGraphChart } from '../../charts/blockGraph/BlockGraphChart.tsx';
import { Notice, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, Toggle, formatBytes, formatCount, useText, type Bilingual } from '../../ui/index.ts';
import { errorText } from '../_shared/errorText.ts';
import { LAYER_FUSION_DEFAULTS, useLayerFusion } from './store.ts';
import './lfm.css';

const FUSION_LABELS: Record<BlockFusionId, Bilingual> = {
  'norm-into-proj': { zh: '归一化并入下一个投影', en: 'Norm into the next projection' },
  'flash-attention': { zh: '注意力融合（FlashAttention）', en: 'Fused attention (FlashAttention)' },
  'mlp-activation': { zh: 'gate/up 投影 + 激活（SwiGLU）', en: 'gate/up projection + activation (SwiGLU)' },
  'residual-epilogue': { zh: '残差相加并入投影收尾', en: 'Residual add in the projection epilogue' },
};

const mbText = (v: number) => formatBytes(v, 'MB');
const isModelId = (id: string) => listModels().some((m) => m.id === id);
let presetApplied = false;

function nodeLabels(norm: string, activation: string, gated: boolean): Record<string, Bilingual> {
  const n = norm === 'rmsnorm' ? 'RMSNorm' : 'LayerNorm';
  return {
    input: { zh: '输入 x', en: 'input x' }, output: { zh: '输出 y', en: 'output y' },
    norm1: { zh: n, en: n }, qkv: { zh: 'QKV 投影', en: 'QKV proj' }, qk: { zh: 'Q·Kᵀ', en: 'Q·Kᵀ' }, softmax: { zh: 'Softmax', en: 'Softmax' },
    pv: { zh: 'P·V', en: 'P·V' }, o_proj: { zh: 'O 投影', en: 'O proj' }, add1: { zh: '+ 残差', en: '+ residual' }, norm2: { zh: n, en: n },
    gate: { zh: 'gate 投影', en: 'gate proj' }, up: { zh: gated ? 'up 投影' : 'fc1', en: gated ? 'up proj' : 'fc1' },
    act: { zh: gated ? `${activation.toUpperCase()} ×` : activation.toUpperCase(), en: gated ? `${activation.toUpperCase()} ×` : activation.toUpperCase() },
    down: { zh: gated ? 'down 投影' : 'fc2', en: gated ? 'down proj' : 'fc2' }, add2: { zh: '+ 残差', en: '+ residual' },
  };
}

/** Layer fusion and subgraph partitioning on one transformer block's forward graph. */
export default function LayerFusionMemory({ preset }: SimProps) {
  const s = useLayerFusion();
  const set = useLayerFusion.setState;
  const { t, lang } = useText();
  const [badPreset] = useState(() => preset.model !== undefined && !isModelId(preset.model));
  useEffect(() => {
    if (presetApplied) return;
    presetApplied = true;
    if (preset.model && isModelId(preset.model) && useLayerFusion.getState().modelId === LAYER_FUSION_DEFAULTS.modelId) set({ modelId: preset.model });
  }, [preset.model, set]);

  const result = useMemo(() => {
    try {
      const model = getModel(s.modelId);
      const tokens = Math.min(s.tokens, model.maxPositionEmbeddings);
      const graph = transformerBlockGraph(model, { phase: s.phase, batch: s.batch, tokens });
      const savings = fusionSavings(graph, s.fusions);
      const whole = partitionBlock(graph, Number.MAX_VALUE, s.fusions)[0]!;
      const parts = partitionBlock(graph, s.budgetMB * 1e6, s.fusions);
      return { ok: true as const, model, graph, savings, whole, parts };
    } catch (e) {
      return { ok: false as const, error: errorText(e) };
    }
  }, [s]);

  const story = useMemo(() => {
    const g = transformerBlockGraph(getModel('llama-2-7b'), { phase: 'prefill', batch: 1, tokens: 4096 });
    const size = (id: string) => g.tensors.find((x) => x.id === id)?.bytes ?? 0;
    const top = [...g.tensors].sort((a, b) => b.bytes - a.bytes)[0]?.id ?? '';
    const answer = top === 'scores' || top === 'probs' ? 'scores' : ['gate_out', 'up_out', 'act_out'].includes(top) ? 'mlp' : 'qkv';
    return { answer, scores: size('scores'), mlp: size('up_out'), qk: size('qk_in') };
  }, []);
  const toggle = (f: BlockFusionId, on: boolean) => set({ fusions: on ? [...new Set([...s.fusions, f])] : s.fusions.filter((x) => x !== f) });
  const controls = (
    <>
      <Select label={{ zh: '模型', en: 'Model' }} value={s.modelId} options={listModels().map((m) => ({ value: m.id, label: m.name }))} onChange={(modelId) => set({ modelId })} />
      <Segmented label={{ zh: '阶段', en: 'Phase' }} value={s.phase} options={[{ value: 'prefill', label: { zh: '预填充', en: 'prefill' } }, { value: 'decode', label: { zh: '解码', en: 'decode' } }]} onChange={(phase) => set({ phase })} />
      {BLOCK_FUSIONS.map((f) => <Toggle key={f} label={FUSION_LABELS[f]} checked={s.fusions.includes(f)} onChange={(on) => toggle(f, on)} />)}
      <Toggle label={{ zh: '按显存预算切分子图', en: 'Partition to a memory budget' }} checked={s.partition} onChange={(partition) => set({ partition })} />
      {s.partition && (
        <Slider label={{ zh: '每个子图的显存预算', en: 'Memory budget per subgraph' }} value={s.budgetMB} min={10} max={20000} step={1} log unit="MB"
          stops={result.ok ? [{ value: Math.ceil(result.whole.peakBytes / 1e6), label: { zh: '整块装得下', en: 'whole block' } }, 1000, 500] : []}
          onChange={(budgetMB) => set({ budgetMB })} />
      )}
      <Slider label={{ zh: '批大小', en: 'Batch' }} value={s.batch} min={1} max={64} step={1} log onChange={(batch) => set({ batch })} />
      <Slider label={{ zh: '序列长度（提示词 / 上下文）', en: 'Sequence length (prompt / context)' }} value={s.tokens} min={16} max={32768} step={1} log unit="tokens" stops={[512, 2048, 4096]} onChange={(tokens) => set({ tokens })} />
      <ResetButton onReset={() => useLayerFusion.reset()} />
    </>
  );
  if (!result.ok) return <SimLayout controls={controls} chart={<Notice kind="error" text={result.error} />} />;

  const { graph, savings, parts, model } = result;
  const labels = nodeLabels(model.norm, model.activation, model.mlp === 'gated');
  const groupOf = new Map<string, number>();
  if (s.partition) parts.forEach((p, i) => p.nodes.forEach((id) => groupOf.set(id, i)));
  const removed = new Set(savings.removedTensors);
  const nodes = [
    { id: 'input', label: t(labels.input!), lane: 0 as const },
    ...graph.nodes.map((n) => ({ id: n.id, label: t(labels[n.id] ?? { zh: n.id, en: n.id }), lane: n.lane, group: groupOf.get(n.id) })),
    { id: 'output', label: t(labels.output!), lane: 0 as const },
  ];
  const edges = graph.tensors.flatMap((tn) => tn.consumers.map((c) => ({ id: `${tn.id}-${c}`, from: tn.producer, to: c, label: formatBytes(tn.bytes, 'MB', 2), removed: removed.has(tn.id) })));
  const summary = lang === 'zh'
    ? `${model.name} 一个 Transformer 块的计算图：${graph.tensors.length} 个中间张量，融合后少写 ${mbText(savings.materialisedBytesSaved)}，激活峰值 ${mbText(savings.peakBefore)} → ${mbText(savings.peakAfter)}${s.partition ? `；切成 ${parts.length} 个子图` : ''}`
    : `${model.name}, one transformer block: ${graph.tensors.length} intermediate tensors; fusion avoids ${mbText(savings.materialisedBytesSaved)}; activation peak ${mbText(savings.peakBefore)} → ${mbText(savings.peakAfter)}${s.partition ? `; ${parts.length} subgraphs` : ''}`;
  const over = parts.some((p) => p.overBudget);
  return (
    <SimLayout
      controls={controls}
      chart={
        <>
          {badPreset && <Notice kind="info" text={{ zh: '幻灯片指定的模型无效，已使用默认模型', en: 'Unknown model on the slide; using the default' }} />}
          <BlockGraphChart width={940} height={400} fontSize={18} nodes={nodes} edges={edges} label={summary} wrapAfter={8}
            groupLabel={(g) => `${lang === 'zh' ? '子图' : 'Subgraph'} ${g + 1} · ${mbText(parts[g]?.peakBytes ?? 0)}${parts[g]?.overBudget ? ' ⚠' : ''}`} />
          <div className="lfm-stats">
        <>
          <Stat label={{ zh: '不再写回显存的激活', en: 'Activations no longer written' }} value={savings.materialisedBytesSaved} format={mbText} emphasis />
          <Stat label={{ zh: '省下的激活读写流量', en: 'Activation traffic saved' }} value={savings.trafficBytesSaved} format={mbText} />
          <Stat label={{ zh: '激活峰值（融合后）', en: 'Activation peak (fused)' }} value={savings.peakAfter} format={mbText} baseline={savings.peakBefore} baselineLabel={{ zh: '相对未融合', en: 'vs unfused' }} />
          <Stat label={{ zh: '本块权重', en: 'Block weights' }} value={result.whole.weightBytes} format={mbText} />
          {s.partition && <Stat label={{ zh: '子图个数', en: 'Subgraphs' }} value={parts.length} format={(v) => `${formatCount(v)}${over ? ' ⚠' : ''}`} />}
        </>
          </div>
          {s.partition && (
            <ol className="lfm-parts">
              {parts.map((p, i) => (
                <li key={i}>
                  {lang === 'zh'
                    ? `子图 ${i + 1}：${p.nodes.map((id) => t(labels[id] ?? { zh: id, en: id })).join(' → ')}｜权重 ${mbText(p.weightBytes)} + 激活峰值 ${mbText(p.peakActivationBytes)} = ${mbText(p.peakBytes)}${p.cutBytes ? `｜切口传出 ${mbText(p.cutBytes)}` : ''}${p.overBudget ? '｜⚠ 单个算子已超预算' : ''}`
                    : `Subgraph ${i + 1}: ${p.nodes.map((id) => t(labels[id] ?? { zh: id, en: id })).join(' → ')} | weights ${mbText(p.weightBytes)} + activation peak ${mbText(p.peakActivationBytes)} = ${mbText(p.peakBytes)}${p.cutBytes ? ` | hands on ${mbText(p.cutBytes)}` : ''}${p.overBudget ? ' | ⚠ one operator alone exceeds the budget' : ''}`}
                </li>
              ))}
            </ol>
          )}
        </>
      }
      takeaway={{
        zh: '预填充长提示词时，注意力分数矩阵是最大的中间张量；融合让它留在片上。解码时激活只有"批大小 × 隐藏维度"量级，融合主要省的是访存时间。',
        en: 'In a long prefill the attention scores are by far the largest intermediate tensor, and fusion keeps them on chip. In decode, activations are only batch × hidden: fusion mostly saves memory time.',
      }}
      footer={
        <PredictFirst question={{ zh: '预填充 4096 个 token 时，这个块里最大的中间张量是哪一个？', en: 'Prefilling 4096 tokens, which intermediate tensor in this block is the largest?' }}
          choices={[{ id: 'scores', label: { zh: '注意力分数 QKᵀ', en: 'attention scores QKᵀ' } }, { id: 'mlp', label: { zh: 'MLP 中间层', en: 'the MLP hidden layer' } }, { id: 'qkv', label: { zh: 'Q、K、V', en: 'Q, K, V' } }]}
          answerId={story.answer}
          explanation={{
            zh: `Llama-2-7B 预填充 4096 个 token：分数矩阵 ${mbText(story.scores)}，MLP 中间层 ${mbText(story.mlp)}，Q、K ${mbText(story.qk)}。`,
            en: `Llama-2-7B prefilling 4096 tokens: the scores are ${mbText(story.scores)}, the MLP hidden layer ${mbText(story.mlp)}, Q and K ${mbText(story.qk)}.`,
          }} />
      }
    />
  );
}
