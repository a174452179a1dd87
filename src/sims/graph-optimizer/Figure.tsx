/**
 * 图6: one transformer block's computation graph, the five passes switched
 * on by the clicker. Stage: the step (clicker), phase and model; the graph;
 * kernels, HBM traffic, FLOPs (masked until the question is answered) and
 * time. Explore adds the device, batch, tokens, each pass on its own, and
 * the hovered kernel's cost.
 */
import { useMemo, useState } from 'react';
import {
  graphBytesDerivation, graphFlopsDerivation, graphKernelsDerivation, graphTimeDerivation, PASS_STEPS,
  type GraphNode,
} from '../../engine/index.ts';
import { FitBox, okabeIto } from '../../charts/index.ts';
import { GraphView, type GraphNodeStyle } from '../../charts/graph/GraphView.tsx';
import { layoutGraph } from '../../charts/graph/layout.ts';
import { formatBytes, formatChange, formatCount, formatFlops, formatPercent, formatSeconds, useText } from '../../i18n/index.ts';
import { Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Stepper, Toggle } from '../../ui/index.ts';
import { ClickerSteps } from '../_protocol/ClickerSteps.tsx';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { PHASES, stepOf, stepsUpTo, type Inputs, type PhaseId } from './inputs.ts';
import { flopsAnswer, graphScenario, matmulShare } from './scenario.ts';
import { kindText, REMOVED_TAG, STEP_TEXT, text } from './text.ts';

const KIND_STYLE: Record<GraphNode['kind'], { fill: string; stroke: string }> = {
  matmul: { fill: '#cfe3f3', stroke: okabeIto.blue },
  elementwise: { fill: '#d2efe5', stroke: okabeIto.bluishGreen },
  reduction: { fill: '#d2efe5', stroke: okabeIto.bluishGreen },
  layout: { fill: '#f3dceb', stroke: okabeIto.reddishPurple },
  constant: { fill: '#fbe7c2', stroke: okabeIto.orange },
  identity: { fill: '#eeeeee', stroke: '#777777' },
};

/** Three bands when each column still has room for a node name at 15 px, else four. */
const bandsFor = (width: number, columns: number) => (width / Math.ceil(columns / 3) >= 118 ? 3 : 4);

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const [hot, setHot] = useState<string | null>(null);
  const result = useEngine(() => {
    const sc = graphScenario(s);
    return {
      ...sc,
      dKernels: graphKernelsDerivation(sc.opt),
      dBytes: graphBytesDerivation(sc.opt, sc.cost),
      dFlops: graphFlopsDerivation(sc.opt, sc.cost),
      dTime: graphTimeDerivation(sc.hw, sc.precision, sc.cost),
    };
  }, [s]);

  const step = stepOf(s.passes);
  const setStep = (k: number) => set({ passes: stepsUpTo(k) });
  const stepper = (
    <div className="go-stepper">
      <Stepper step={step} count={PASS_STEPS.length + 1} onChange={setStep} titles={[text.unoptimised, ...PASS_STEPS.map((p) => STEP_TEXT[p])]} />
      <ClickerSteps step={step} count={PASS_STEPS.length + 1} onChange={setStep} />
    </div>
  );
  const controls = (
    <>
      {stepper}
      <Segmented<PhaseId> {...bind('phase')} options={PHASES.map((p) => ({ value: p, label: text[p] }))} />
      <Select {...bind('modelId')} options={modelOptions()} />
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('hardwareId')} options={deviceOptions()} />
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} />
      <fieldset className="go-passes">
        <legend className="ui-label">{t(text.passes)}</legend>
        {PASS_STEPS.map((p) => (
          <Toggle key={p} label={STEP_TEXT[p]} checked={s.passes.includes(p)}
            onChange={(on) => set({ passes: PASS_STEPS.filter((q) => (q === p ? on : s.passes.includes(q))) })} />
        ))}
      </fieldset>
      <SimReset onReset={sim.reset} />
    </>
  );

  const producer = useMemo(() => {
    const m = new Map<string, string>();
    if (result.ok) for (const n of result.value.graph.nodes) for (const o of n.outputs) m.set(o, n.id);
    return m;
  }, [result]);

  if (!result.ok) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const sc = result.value;
  const removedBy = new Map(sc.opt.removed.map((r) => [r.node.id, r.by]));
  const kernelOf = new Map<string, number>();
  sc.opt.kernels.forEach((k, i) => k.forEach((id) => kernelOf.set(id, i)));
  const nodeText = (n: GraphNode) => {
    const by = removedBy.get(n.id);
    const kind = kindText(n.kind);
    if (by) return t(text.removedBy({ node: n.id, kind, tag: REMOVED_TAG[by] }));
    const k = sc.cost.perKernel[kernelOf.get(n.id)!]!;
    return t(text.nodeCost({ node: n.id, kind, fusedWith: k.nodes.length - 1, flops: formatFlops(k.flops), bytes: formatBytes(k.bytes), time: formatSeconds(k.seconds) }));
  };
  const styles: GraphNodeStyle[] = sc.graph.nodes.map((n) => {
    const by = removedBy.get(n.id);
    return { id: n.id, label: n.id, ...KIND_STYLE[n.kind], description: nodeText(n), ...(by ? { removedTag: REMOVED_TAG[by] } : {}) };
  });
  const depsOf = (n: GraphNode) => n.inputs.flatMap((i) => (producer.has(i) ? [producer.get(i)!] : []));
  const edges = sc.opt.nodes.flatMap((n) => n.inputs.flatMap((i) => {
    const p = producer.get(i);
    return p && sc.opt.nodes.some((m) => m.id === p) ? [{ from: p, to: n.id }] : [];
  }));
  const summary = t(text.summary({ model: sc.model.name, operators: sc.graph.nodes.length, kernels: sc.cost.kernels, bytes: formatBytes(sc.cost.bytes), time: formatSeconds(sc.cost.seconds) }));
  const hotNode = sc.graph.nodes.find((n) => n.id === hot);

  const chart = (
    <>
      <FitBox defaultWidth={1100} defaultHeight={400} minWidth={640} minHeight={180}>
        {({ width, height }) => {
          const columns = columnsOf(sc.graph.nodes, depsOf);
          const layout = layoutGraph({ width, height, bands: bandsFor(width, columns), nodes: sc.graph.nodes.map((n) => ({ id: n.id, deps: depsOf(n) })), edges, groups: sc.opt.kernels });
          return <GraphView width={width} height={height} layout={layout} nodes={styles} highlighted={hot} onHighlight={setHot} label={summary} />;
        }}
      </FitBox>
      <p className="go-legend">{t(text.legend)}</p>
      {view === 'explore' && <p className="go-hover" role="status">{hotNode ? nodeText(hotNode) : t(text.hoverHint)}</p>}
    </>
  );

  const readouts = (
    <>
      <Stat label={text.kernels} value={sc.cost.kernels} format={formatCount} baseline={sc.baseCost.kernels} baselineLabel={text.baseline} derivation={sc.dKernels} />
      <Stat label={text.bytes} value={sc.cost.bytes} format={(v) => formatBytes(v)} baseline={sc.baseCost.bytes} baselineLabel={text.baseline} derivation={sc.dBytes} />
      <Stat label={text.flops} value={sc.cost.flops} format={(v) => formatFlops(v)} baseline={sc.baseCost.flops} baselineLabel={text.baseline} derivation={sc.dFlops} answers />
      <Stat label={text.time} value={sc.cost.seconds} format={(v) => formatSeconds(v)} baseline={sc.baseCost.seconds} baselineLabel={text.baseline} derivation={sc.dTime} emphasis />
    </>
  );

  const answer = flopsAnswer(sc.baseCost.flops, sc.allCost.flops);
  const predict = (
    <PredictFirst
      question={text.question({ model: sc.model.name, phase: s.phase })}
      choices={[{ id: 'half', label: text.choiceHalf }, { id: 'some', label: text.choiceSome }, { id: 'barely', label: text.choiceBarely }]}
      answerId={answer}
      explanation={text.explanation({
        flops0: formatFlops(sc.baseCost.flops), flops5: formatFlops(sc.allCost.flops), flopsChange: formatChange(sc.allCost.flops / sc.baseCost.flops - 1),
        time0: formatSeconds(sc.baseCost.seconds), time5: formatSeconds(sc.allCost.seconds), timeChange: formatChange(sc.allCost.seconds / sc.baseCost.seconds - 1),
        mmShare: formatPercent(matmulShare(sc.all.nodes)),
      })}
    />
  );

  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      predict={predict}
      takeaway={text.takeaway}
    />
  );
}

/** Longest-path depth of the graph + 1: the layout's column count. */
function columnsOf(nodes: readonly GraphNode[], depsOf: (n: GraphNode) => readonly string[]): number {
  const depth = new Map<string, number>();
  for (const n of nodes) depth.set(n.id, Math.max(-1, ...depsOf(n).map((p) => depth.get(p) ?? -1)) + 1);
  return Math.max(1, ...[...depth.values()].map((d) => d + 1));
}
