/**
 * 图6 / 表6: a transformer block's computation graph with compiler passes
 * switched on one by one; kernels, HBM bytes, FLOPs and time from the engine.
 */
import { useEffect, useMemo, useState } from 'react';
import { getHardware, getModel, listHardware, listModels } from '../../engine/index.ts';
import { formatBytes, formatFlops, formatSeconds } from '../../i18n/format.ts';
import { graphTimeDerivation } from '../../engine/compute/derivations.ts';
import type { GraphNode } from '../../engine/graph/types.ts';
import { layoutGraph } from '../../charts/graph/layout.ts';
import { GraphView, type GraphNodeStyle } from '../../charts/graph/GraphView.tsx';
import { okabeIto } from '../../charts/index.ts';
import type { SimProps } from '../_protocol/types.ts';
import { ClickerSteps } from '../_protocol/ClickerSteps.tsx';
import { formatCount, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, Stepper, Toggle, useText } from '../../ui/index.ts';
import { graphScenario } from './model.ts';
import { PassTable } from './PassTable.tsx';
import { GRAPH_DEFAULTS, GRAPH_LIMITS, setGraph, setStep, stepOf, togglePass, UI_PASSES, useGraphOptimizer } from './store.ts';
import { G, KIND_TEXT, PASS_TEXT, REMOVED_TAG } from './text.ts';

const W = 760;
const H = 480;

const KIND_STYLE: Record<GraphNode['kind'], { fill: string; stroke: string }> = {
  matmul: { fill: '#cfe3f3', stroke: okabeIto.blue },
  elementwise: { fill: '#d2efe5', stroke: okabeIto.bluishGreen },
  reduction: { fill: '#d2efe5', stroke: okabeIto.bluishGreen },
  layout: { fill: '#f3dceb', stroke: okabeIto.reddishPurple },
  constant: { fill: '#fbe7c2', stroke: okabeIto.orange },
  identity: { fill: '#eeeeee', stroke: '#777777' },
};

const known = (get: (id: string) => unknown, id: string | undefined): boolean => {
  if (id === undefined) return false;
  try { get(id); return true; } catch { return false; }
};

let presetApplied = false;

function usePreset(preset: SimProps['preset']) {
  useEffect(() => {
    if (presetApplied || preset.view === 'table') return;
    presetApplied = true;
    const patch: { model?: string; hardware?: string } = {};
    if (known(getModel, preset.model)) patch.model = preset.model!;
    if (known(getHardware, preset.hardware)) patch.hardware = preset.hardware!;
    if (Object.keys(patch).length > 0) setGraph(patch);
  }, [preset.model, preset.hardware, preset.view]);
}

export default function GraphOptimizerSim({ preset }: SimProps) {
  usePreset(preset);
  const stored = useGraphOptimizer();
  const inputs = {
    ...stored,
    model: known(getModel, stored.model) ? stored.model : GRAPH_DEFAULTS.model,
    hardware: known(getHardware, stored.hardware) ? stored.hardware : GRAPH_DEFAULTS.hardware,
  };
  if (preset.view === 'table') return <PassTable />;
  return <GraphFigure inputs={inputs} />;
}

function GraphFigure({ inputs }: { inputs: ReturnType<typeof useGraphOptimizer.getState> }) {
  const { lang, t } = useText();
  const [hot, setHot] = useState<string | null>(null);
  const sc = useMemo(() => graphScenario(inputs), [inputs.model, inputs.hardware, inputs.phase, inputs.batch, inputs.tokens, inputs.enabled]);
  const producer = useMemo(() => {
    const m = new Map<string, string>();
    for (const n of sc.graph.nodes) for (const o of n.outputs) m.set(o, n.id);
    return m;
  }, [sc.graph]);
  const layout = useMemo(() => layoutGraph({
    width: W, height: H, bands: 4,
    nodes: sc.graph.nodes.map((n) => ({ id: n.id, deps: n.inputs.flatMap((i) => (producer.has(i) ? [producer.get(i)!] : [])) })),
    edges: sc.opt.nodes.flatMap((n) => n.inputs.flatMap((i) => {
      const p = producer.get(i);
      return p && sc.opt.nodes.some((m) => m.id === p) ? [{ from: p, to: n.id }] : [];
    })),
    groups: sc.opt.kernels,
  }), [sc, producer]);

  const removedBy = new Map(sc.opt.removed.map((r) => [r.node.id, r.by]));
  const kernelOf = new Map<string, number>();
  sc.opt.kernels.forEach((k, i) => k.forEach((id) => kernelOf.set(id, i)));
  const nodeText = (n: GraphNode) => {
    const by = removedBy.get(n.id);
    if (by) return `${n.id} (${t(KIND_TEXT[n.kind]!)}) — ${lang === 'zh' ? '已被删除' : 'removed by'} ${REMOVED_TAG[by]}`;
    const k = sc.cost.perKernel[kernelOf.get(n.id)!]!;
    const fused = k.nodes.length > 1 ? (lang === 'zh' ? `，与 ${k.nodes.length - 1} 个算子融合` : `, fused with ${k.nodes.length - 1} more`) : '';
    return `${n.id} (${t(KIND_TEXT[n.kind]!)}${fused}): kernel ${formatFlops(k.flops)}, ${formatBytes(k.bytes)}, ${formatSeconds(k.seconds)}`;
  };
  const styles: GraphNodeStyle[] = sc.graph.nodes.map((n) => {
    const by = removedBy.get(n.id);
    return {
      id: n.id, label: n.id, ...KIND_STYLE[n.kind], description: nodeText(n),
      ...(by ? { removedTag: REMOVED_TAG[by] } : {}),
    };
  });
  const hotNode = sc.graph.nodes.find((n) => n.id === hot);
  const summary = lang === 'zh'
    ? `${sc.model.name} 一个 Transformer 块的计算图：${sc.graph.nodes.length} 个算子，当前 ${sc.cost.kernels} 个 kernel，HBM ${formatBytes(sc.cost.bytes)}，估算 ${formatSeconds(sc.cost.seconds)}。`
    : `Computation graph of one ${sc.model.name} block: ${sc.graph.nodes.length} operators, now ${sc.cost.kernels} kernels, ${formatBytes(sc.cost.bytes)} of HBM traffic, ${formatSeconds(sc.cost.seconds)}.`;

  return (
    <SimLayout
      controls={<>
        <Select label={G.model} value={inputs.model} options={listModels().map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setGraph({ model: v })} />
        <Select label={G.hardware} value={inputs.hardware} options={listHardware().map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setGraph({ hardware: v })} />
        <Segmented label={G.phase} value={inputs.phase} options={[{ value: 'prefill', label: G.prefill }, { value: 'decode', label: G.decode }]} onChange={(v) => setGraph({ phase: v })} />
        <Slider label={G.batch} value={inputs.batch} min={GRAPH_LIMITS.batch[0]} max={GRAPH_LIMITS.batch[1]} step={1} log stops={[1, 8, 32, 128]} onChange={(v) => setGraph({ batch: v })} />
        <Slider label={G.tokens} value={inputs.tokens} min={GRAPH_LIMITS.tokens[0]} max={GRAPH_LIMITS.tokens[1]} step={1} log unit={G.tokensUnit} onChange={(v) => setGraph({ tokens: v })} />
        <fieldset className="graph-passes" style={{ border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 6 }}>
          <legend style={{ fontWeight: 600 }}>{t(G.passes)}</legend>
          {UI_PASSES.map((p) => (
            <Toggle key={p} label={PASS_TEXT[p]} checked={inputs.enabled.includes(p)} onChange={(on) => togglePass(p, on)} />
          ))}
        </fieldset>
        <ResetButton onReset={() => useGraphOptimizer.reset()} />
      </>}
      chart={<>
        <Stepper step={stepOf(inputs.enabled)} count={UI_PASSES.length + 1} onChange={setStep}
          titles={[{ zh: '未优化', en: 'Unoptimised' }, ...UI_PASSES.map((p) => PASS_TEXT[p])]} />
        <ClickerSteps step={stepOf(inputs.enabled)} count={UI_PASSES.length + 1} onChange={setStep} />
        <GraphView width={W} height={H} layout={layout} nodes={styles} highlighted={hot} onHighlight={setHot} label={summary} />
        <p style={{ margin: '0.25rem 0', fontSize: '17px' }}>{t(G.legendKernel)}</p>
        <p role="status" style={{ margin: 0, minHeight: '1.4em', fontSize: '18px' }}>{hotNode ? nodeText(hotNode) : ''}</p>
      </>}
      outputs={<>
        <Stat label={G.kernels} value={sc.cost.kernels} format={formatCount} baseline={sc.baseCost.kernels} baselineLabel={G.baseline} />
        <Stat label={G.bytes} value={sc.cost.bytes} format={(v) => formatBytes(v)} baseline={sc.baseCost.bytes} baselineLabel={G.baseline} />
        <Stat label={G.flops} value={sc.cost.flops} format={(v) => formatFlops(v)} baseline={sc.baseCost.flops} baselineLabel={G.baseline} />
        <Stat label={G.time} value={sc.cost.seconds} format={(v) => formatSeconds(v)} baseline={sc.baseCost.seconds} baselineLabel={G.baseline}
          derivation={graphTimeDerivation(sc.hw, sc.precision, sc.cost)} emphasis />
        <PredictFirst question={G.predictQ} choices={[{ id: 'a', label: G.predictA }, { id: 'b', label: G.predictB }, { id: 'c', label: G.predictC }]} answerId="a" explanation={G.predictWhy} />
      </>}
      takeaway={G.takeaway}
    />
  );
}
