/**
 * Layer fusion and subgraph partitioning on one transformer block's forward
 * graph. Stage: phase, the four fusions, partitioning with its budget; the
 * graph (tensor sizes on the edges, masked until the question is answered),
 * the bytes fusion keeps on chip, the activation peak, the subgraph count.
 * Explore adds model, batch and length, the traffic saved, the block's
 * weights, the subgraph list and the full tensor table.
 */
import { BlockGraphChart } from '../../charts/blockGraph/BlockGraphChart.tsx';
import { FitBox } from '../../charts/index.ts';
import { BLOCK_FUSIONS, type BlockFusionId, type BlockTensor } from '../../engine/index.ts';
import { formatBytes, formatCount, useText, type Text } from '../../i18n/index.ts';
import { LiveTable, Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { MIB, PHASES, type Inputs, type PhaseId } from './inputs.ts';
import { compute, fusionInput } from './scenario.ts';
import { FUSION_LABELS, FUSION_SHORT, nodeLabels, TENSOR_KIND_TEXT, text } from './text.ts';

/** Sizes in binary units, the prefix picked from the value (KiB for decode, MiB/GiB for prefill). */
const size = (v: number) => formatBytes(v, 'binary');

/** The four fusions as switches side by side (each a pressed/unpressed button; one control on stage). */
function FusionSwitches({ label, on, onToggle, short }: {
  readonly label: Text;
  readonly on: (f: BlockFusionId) => boolean;
  readonly onToggle: (f: BlockFusionId) => void;
  readonly short: boolean;
}) {
  const { t } = useText();
  return (
    <div className="ui-field lfm-fusions" role="group" aria-label={t(label)}>
      <span className="ui-label" aria-hidden="true">{t(label)}</span>
      <div className="lfm-fusion-row">
        {BLOCK_FUSIONS.map((f) => (
          <button key={f} type="button" className="ui-button lfm-fusion" aria-pressed={on(f)} title={t(FUSION_LABELS[f])}
            aria-label={short ? `${t(FUSION_SHORT[f])}: ${t(FUSION_LABELS[f])}` : undefined} onClick={() => onToggle(f)}>
            <span aria-hidden="true" className="lfm-fusion-mark">{on(f) ? '☑' : '☐'}</span>
            {t(short ? FUSION_SHORT[f] : FUSION_LABELS[f])}
          </button>
        ))}
      </div>
    </div>
  );
}

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const masked = usePredictMask();
  const onStage = view === 'stage';
  const result = useEngine(() => compute(s), [s]);

  const toggle = (f: BlockFusionId) => set({ [fusionInput(f)]: !s[fusionInput(f)] });
  const budget = bind('budgetMiB');
  const wholeStop = result.ok ? Math.min(budget.max, Math.ceil(result.value.whole.peakBytes / MIB)) : null;
  const controls = (
    <>
      <Segmented<PhaseId> {...bind('phase')} options={PHASES.map((p) => ({ value: p, label: text[p] }))} />
      <FusionSwitches label={text.fuse} on={(f) => s[fusionInput(f)]} onToggle={toggle} short={onStage} />
      <div className="lfm-partition">
        <Toggle {...bind('partition')} label={onStage ? text.partitionShort : text.partition} />
        <Slider {...budget} label={onStage ? text.budgetShort : text.budget} disabled={!s.partition}
          stops={onStage || wholeStop === null ? [] : [{ value: wholeStop, label: text.wholeBlock }, 1024, 512, 256]} />
      </div>
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (!result.ok) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const r = result.value;
  const { graph, savings, parts, model } = r;
  const labels = nodeLabels(model.norm, model.activation, model.mlp === 'gated');
  const label = (id: string): string => t(labels[id] ?? id);
  const groupOf = new Map<string, number>();
  if (s.partition) parts.forEach((p, i) => p.nodes.forEach((id) => groupOf.set(id, i)));
  const removed = new Set(savings.removedTensors);
  const nodes = [
    { id: 'input', label: label('input'), lane: 0 as const },
    ...graph.nodes.map((n) => ({ id: n.id, label: label(n.id), lane: n.lane, group: groupOf.get(n.id) })),
    { id: 'output', label: label('output'), lane: 0 as const },
  ];
  // Each edge carries its tensor's size: on stage that would answer the question, so it waits.
  const edges = graph.tensors.flatMap((tn) => tn.consumers.map((c) => ({
    id: `${tn.id}-${c}`, from: tn.producer, to: c, label: masked ? '' : size(tn.bytes), removed: removed.has(tn.id),
  })));
  const summary = masked ? t(text.maskedSummary) : t(text.summary({
    model: model.name, count: graph.tensors.length, saved: size(savings.materialisedBytesSaved),
    before: size(savings.peakBefore), after: size(savings.peakAfter), parts: s.partition ? parts.length : null,
  }));
  const over = parts.some((p) => p.overBudget);

  const chart = (
    <>
      {r.capped && <Notice kind="info" text={text.contextCapped(formatCount(r.tokens))} />}
      <FitBox defaultWidth={1180} defaultHeight={380} minWidth={900} minHeight={280} maxHeight={460} aspect={0.34}>
        {({ width, height }) => (
          <BlockGraphChart width={width} height={height} fontSize={19} nodes={nodes} edges={edges} label={summary} wrapAfter={8}
            groupLabel={(g) => t(text.subgraphLabel(g + 1, parts.length, size(parts[g]?.peakBytes ?? 0), parts[g]?.overBudget ?? false))} />
        )}
      </FitBox>
    </>
  );

  const readouts = (
    <>
      <Stat label={text.stored} value={savings.materialisedBytesSaved} format={size} derivation={r.dStored} emphasis answers />
      <Stat label={text.peak} value={savings.peakAfter} format={size} baseline={savings.peakBefore} baselineLabel={text.vsUnfused} derivation={r.dPeak} />
    </>
  );
  // On stage the subgraph count is in the chart (each span says "n/N"); explore adds it as a readout.
  const moreReadouts = (
    <>
      {s.partition && (
        <Stat label={text.subgraphs} value={parts.length} format={(v) => `${formatCount(v)}${over ? ' ⚠' : ''}`} />
      )}
      <Stat label={text.traffic} value={savings.trafficBytesSaved} format={size} derivation={r.dTraffic} />
      <Stat label={text.weights} value={r.whole.weightBytes} format={size} derivation={r.dWeights} />
    </>
  );

  const choices = [
    { id: 'scores', label: text.choiceScores },
    { id: 'mlp', label: text.choiceMlp },
    { id: 'qkv', label: text.choiceQkv },
    ...(r.largest.kind === 'other' ? [{ id: 'other', label: TENSOR_KIND_TEXT.other }] : []),
  ];
  const predict = (
    <PredictFirst
      question={text.question({ model: model.name, phase: s.phase, tokens: formatCount(r.tokens), batch: s.batch })}
      choices={choices}
      answerId={r.largest.kind}
      explanation={text.explanation({ scores: size(r.largest.scores), mlp: size(r.largest.mlp), qk: size(r.largest.qk), largest: TENSOR_KIND_TEXT[r.largest.kind] })}
    />
  );

  const tensorColumns: TableColumn<BlockTensor>[] = [
    { id: 'tensor', header: text.tensor, value: (x) => x.id, align: 'start', rowHeader: true },
    { id: 'edge', header: text.edge, value: (x) => `${label(x.producer)} → ${x.consumers.map(label).join(', ')}`, align: 'start', sortable: false },
    { id: 'size', header: text.size, value: (x) => x.bytes, format: (v) => size(v as number) },
    { id: 'fused', header: text.keptOnChip, value: (x) => t(removed.has(x.id) ? text.yes : text.no), align: 'start' },
  ];
  const details = (
    <>
      {s.partition && (
        <section>
          <h4 className="lfm-heading">{t(text.subgraphsHeading)}</h4>
          <ol className="lfm-parts">
            {parts.map((p, i) => (
              <li key={i}>{t(text.subgraphLine({
                n: i + 1, ops: p.nodes.map(label).join(' → '), weights: size(p.weightBytes), peak: size(p.peakActivationBytes),
                total: size(p.peakBytes), cut: p.cutBytes ? size(p.cutBytes) : null, over: p.overBudget,
              }))}</li>
            ))}
          </ol>
        </section>
      )}
      <LiveTable caption={text.tensorTable(model.name)} columns={tensorColumns} rows={graph.tensors} rowKey={(x) => x.id} dense />
      <p className="lfm-note">{t(text.notes)}</p>
    </>
  );

  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      moreReadouts={moreReadouts}
      predict={predict}
      takeaway={text.takeaway}
      details={details}
    />
  );
}
