/**
 * 图3: compression methods step by step. LLM mode: FP16 against the
 * compressed weights as stacked bars (values, indices, codebook, metadata,
 * scales, kept FP16); stage shows the mode, weight values, pruning and
 * Huffman with storage, ratio and bytes read per token; explore adds the
 * model, bit width, group size, kept share and index format. Deep
 * Compression mode: a CNN's storage after P, P+Q and P+Q+H recomputed from
 * the paper's per-layer tables, against the published ratio.
 */
import { FitBox, roles, seriesStyle, StackedBar, tickBytes } from '../../charts/index.ts';
import {
  DEEP_COMPRESSION_NETWORKS, deepCompressionDerivation, deepCompressionRatio, getModel, llmCompression, llmRatioDerivation, llmReadDerivation,
  llmStorageDerivation, type DeepCompressionStage,
} from '../../engine/index.ts';
import { changeParts, cite, formatBytes, formatCount, formatPercent, formatRatio, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, PredictFirst, Segmented, Select, SimFrame, Slider, Stat, Toggle, usePredictMask, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import {
  GROUPS, INDEX_KINDS, MODES, NETWORKS, PRUNE_KINDS, STAGES, type IndexKind, type Inputs, type ModeId, type PruneKind, type ValueCoding,
} from './inputs.ts';
import { methodOf } from './methods.ts';
import { text } from './text.ts';

const GIB = 2 ** 30;
const gib = (v: number) => formatBytes(v, 'GiB');
const gb = (v: number) => formatBytes(v, 'GB');
const mb = (v: number) => formatBytes(v, 'MB');
const STAGE_LABEL: Record<DeepCompressionStage, string> = { P: 'P', PQ: 'P+Q', PQH: 'P+Q+H' };

/** The predict-first choices: the share of FP16 storage that is left. */
const SHARES = [
  { id: 'quarter', share: 0.25, label: text.q25 },
  { id: 'half', share: 0.5, label: text.q50 },
  { id: 'three', share: 0.75, label: text.q75 },
  { id: 'same', share: 1, label: text.q100 },
] as const;

export function Figure({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const masked = usePredictMask();
  const quantised = s.coding !== 'fp16';

  const { modelId, coding, bits, groupSize, prune, keptPercent, index, huffman } = s;
  const llm = useEngine(() => {
    const model = getModel(modelId);
    const knobs = { coding, bits, groupSize, prune, keptPercent, index, huffman };
    const method = methodOf(knobs);
    // The question: the same pruning of the FP16 weights (whatever the values are set to).
    const question = methodOf({ ...knobs, coding: 'fp16', huffman: false, prune: 'unstructured' });
    return {
      model,
      r: llmCompression(model, method),
      dStorage: llmStorageDerivation(model, method),
      dRatio: llmRatioDerivation(model, method),
      dRead: llmReadDerivation(model, method),
      asked: llmCompression(model, question),
    };
  }, [modelId, coding, bits, groupSize, prune, keptPercent, index, huffman]);
  const deep = useEngine(() => ({
    stages: STAGES.map((stage) => deepCompressionRatio(s.network, { stage, padding: s.padding })),
    current: deepCompressionRatio(s.network, { stage: s.stage, padding: s.padding }),
    dRatio: deepCompressionDerivation(s.network, { stage: s.stage, padding: s.padding }),
  }), [s.network, s.stage, s.padding]);

  // The mode switch stays first in both modes, so it keeps focus (and the arrow keys) when the mode changes.
  const modeSwitch = (
    <Segmented<ModeId> {...bind('mode')} options={MODES.map((m) => ({ value: m, label: onStage ? text[m === 'llm' ? 'llmShort' : 'deepShort'] : text[m], hint: text[m] }))} />
  );
  const llmControls = (
    <>
      {modeSwitch}
      <Segmented<ValueCoding> {...bind('coding')} options={[
        { value: 'fp16', label: text.fp16 },
        { value: 'uniform', label: onStage ? text.uniformShort : text.uniform },
        { value: 'shared', label: onStage ? text.sharedShort : text.shared },
      ]} />
      <Segmented<PruneKind> {...bind('prune')} options={PRUNE_KINDS.map((p) => ({ value: p, label: p === 'none' ? text.pruneNone : p === 'unstructured' ? text.unstructured : '2:4' }))} />
      <Toggle {...bind('huffman')} label={onStage ? text.huffmanShort : text.huffman} checked={s.huffman && quantised} disabled={!quantised} />
    </>
  );
  const llmMore = (
    <>
      {!quantised && <p className="ui-field-message">{t(text.huffmanNeedsQ)}</p>}
      <Select {...bind('modelId')} options={modelOptions()} />
      <Slider {...bind('bits')} disabled={!quantised} />
      <Select label={text.group} value={String(s.groupSize)} disabled={s.coding !== 'uniform'}
        options={GROUPS.map((g) => ({ value: String(g), label: g === 0 ? text.perTensor : `g = ${g}` }))} onChange={(g) => set({ groupSize: Number(g) })} />
      <Slider {...bind('keptPercent')} disabled={s.prune !== 'unstructured'} />
      <Segmented<IndexKind> {...bind('index')} disabled={s.prune !== 'unstructured'} options={INDEX_KINDS.map((i) => ({ value: i, label: text[i] }))} />
      <SimReset onReset={sim.reset} />
    </>
  );
  const deepControls = (
    <>
      {modeSwitch}
      <Select {...bind('network')} options={NETWORKS.map((n) => ({ value: n, label: DEEP_COMPRESSION_NETWORKS[n].name }))} />
      <Segmented<DeepCompressionStage> {...bind('stage')} options={STAGES.map((st) => ({ value: st, label: STAGE_LABEL[st] }))} />
    </>
  );
  const deepMore = (
    <>
      <Toggle {...bind('padding')} />
      <SimReset onReset={sim.reset} />
    </>
  );

  if (s.mode === 'deep') {
    if (!deep.ok) return <SimFrame controls={deepControls} moreControls={deepMore} chart={<Notice kind="error" text={deep.error} />} />;
    const { stages, current, dRatio } = deep.value;
    const net = DEEP_COMPRESSION_NETWORKS[s.network];
    const published = s.stage === 'P' ? net.published.pruneRatio : s.stage === 'PQ' ? net.published.ratioPQ : net.published.ratioPQH;
    const bars = [
      { id: 'dense', label: t(text.dense), value: stages[0]!.denseBytes },
      ...STAGES.map((st, i) => ({ id: st, label: STAGE_LABEL[st], value: stages[i]!.compressedBytes })),
    ];
    const difference = changeParts(current.ratio / published - 1, 'higher');
    const rows = net.layers.map((l, i) => ({
      name: l.name, weights: l.weights, kept: l.keptFraction, wq: l.weightBitsPQ, wh: l.weightBitsPQH, iq: l.indexBitsPQ, ih: l.indexBitsPQH,
      rate: current.layers[i]?.rate ?? 0,
      published: s.stage === 'PQ' ? l.publishedRatePQ : s.stage === 'PQH' ? l.publishedRatePQH : l.keptFraction,
    }));
    type Row = (typeof rows)[number];
    const columns: TableColumn<Row>[] = [
      { id: 'name', header: text.layer, value: (r) => r.name, align: 'start', rowHeader: true },
      { id: 'weights', header: text.weights, value: (r) => r.weights, format: (v) => formatCount(v as number) },
      { id: 'kept', header: text.kept, value: (r) => r.kept, format: (v) => formatPercent(v as number) },
      { id: 'wbits', header: text.wbits, unit: 'bit', value: (r) => `${r.wq} / ${r.wh}`, sortable: false },
      { id: 'ibits', header: text.ibits, unit: 'bit', value: (r) => `${r.iq} / ${r.ih}`, sortable: false },
      { id: 'rate', header: text.rate, value: (r) => r.rate, format: (v) => formatPercent(v as number) },
      { id: 'published', header: text.rateP, value: (r) => r.published, format: (v) => formatPercent(v as number) },
    ];
    return (
      <SimFrame
        controls={deepControls}
        moreControls={deepMore}
        chart={
          <FitBox defaultWidth={760} defaultHeight={320} minHeight={240} aspect={0.6}>
            {({ width, height }) => (
              <StackedBar width={width} height={height} label={bars.map((b) => `${b.label} ${mb(b.value)}`).join('; ')} legend={false}
                bars={bars.map((b, i) => ({ id: b.id, label: b.label, segments: [{ id: b.id, label: b.label, value: b.value, style: b.id === s.stage ? roles.optimised : i === 0 ? roles.free : seriesStyle(0) }] }))}
                axis={{ title: t(text.axisMB), format: tickBytes('MB') }} valueFormat={mb} />
            )}
          </FitBox>
        }
        readouts={
          <>
            <Stat label={text.dcRatio} value={current.ratio} format={formatRatio} derivation={dRatio} emphasis />
            <Stat label={text.paper(net.table)} value={published} format={formatRatio} />
            <Stat label={text.difference} value={current.ratio / published - 1} format={() => `${difference.arrow} ${difference.amount}`.trim()} />
          </>
        }
        moreReadouts={<Stat label={text.dcStorage} value={current.compressedBytes} format={mb} />}
        takeaway={text.takeawayDeep}
        details={
          <>
            <LiveTable caption={text.layerTable(net.name, net.table)} columns={columns} rows={rows} rowKey={(r) => r.name} dense />
            <p className="cmp-source">{cite('han-2016-deep-compression-tables')}</p>
          </>
        }
      />
    );
  }

  if (!llm.ok) return <SimFrame controls={llmControls} moreControls={llmMore} chart={<Notice kind="error" text={llm.error} />} />;
  const { r, model, asked } = llm.value;
  // Unstructured pruning's storage is what the question asks: on stage it waits for the answer.
  const hide = masked && s.prune === 'unstructured';
  const parts = [
    { id: 'values', label: t(text.values), value: r.bytes.values, style: roles.weights },
    { id: 'indices', label: t(text.indices), value: r.bytes.indices, style: roles.kvCache },
    { id: 'metadata', label: t(text.metadata), value: r.bytes.metadata, style: roles.activations },
    { id: 'scales', label: t(text.scales), value: r.bytes.scales, style: roles.overhead },
    { id: 'codebook', label: t(text.codebook), value: r.bytes.codebook, style: roles.highlight },
    { id: 'uncompressed', label: t(text.uncompressed), value: r.bytes.uncompressed, style: roles.free },
  ].filter((p) => p.value > 0);
  const summary = hide ? t(text.maskedSummary) : t(text.llmSummary({ dense: gib(r.denseBytes), total: gib(r.totalBytes), parts: parts.map((p) => `${p.label} ${gib(p.value)}`).join(', ') }));
  const askedShare = 1 / asked.ratio;
  const answer = SHARES.reduce((best, c) => (Math.abs(c.share - askedShare) < Math.abs(best.share - askedShare) ? c : best), SHARES[0]);

  return (
    <SimFrame
      controls={llmControls}
      moreControls={llmMore}
      chart={
        <FitBox defaultWidth={760} defaultHeight={300} minHeight={220} aspect={0.6}>
          {({ width, height }) => (
            <StackedBar width={width} height={height} label={summary}
              bars={[
                { id: 'base', label: t(text.baseline), segments: [
                  { id: 'values', label: t(text.values), value: r.denseBytes - r.bytes.uncompressed, style: roles.weights },
                  { id: 'uncompressed', label: t(text.uncompressed), value: r.bytes.uncompressed, style: roles.free },
                ] },
                { id: 'comp', label: t(text.compressed), segments: parts },
              ]}
              axis={{ title: t(text.axisGiB), format: tickBytes('GiB'), tickUnit: GIB }} valueFormat={gib}
              masked={hide ? t(text.masked) : undefined} maskedBars={['comp']} />
          )}
        </FitBox>
      }
      readouts={
        <>
          <Stat label={text.storage} value={r.totalBytes} format={gib} baseline={r.denseBytes} baselineLabel={text.vsFp16}
            derivation={llm.value.dStorage} quantity={{ bytes: 'GiB' }} emphasis answers={s.prune === 'unstructured'} />
          <Stat label={onStage ? text.readShort : text.read} value={r.readPerTokenBytes} format={gb} baseline={r.denseReadPerTokenBytes} baselineLabel={text.vsFp16}
            derivation={llm.value.dRead} quantity={{ bytes: 'GB' }} answers={s.prune === 'unstructured'} />
        </>
      }
      moreReadouts={
        <Stat label={text.ratio} value={r.ratio} format={formatRatio} derivation={llm.value.dRatio} quantity={{ bytes: 'GiB' }} answers={s.prune === 'unstructured'} />
      }
      predict={
        <PredictFirst
          question={text.question({ model: model.name, pruned: formatPercent(1 - s.keptPercent / 100), index: text.indexInQuestion[s.index] })}
          choices={SHARES.map((c) => ({ id: c.id, label: c.label }))}
          answerId={answer.id}
          explanation={text.explanation({ ratio: formatRatio(asked.ratio), share: formatPercent(askedShare), csr: s.index === 'csr' })}
        />
      }
      takeaway={text.takeawayLlm}
    />
  );
}
