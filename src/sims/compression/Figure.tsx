import { useMemo } from 'react';
import { DEEP_COMPRESSION_NETWORKS, deepCompressionRatio, getModel, listModels, weightSharingDerivation, getSource, type DeepCompressionStage } from '../../engine/index.ts';
import { llmCompression } from '../../engine/compression/llmCompression.ts';
import { roles, seriesStyle, StackedBar, tickBytes } from '../../charts/index.ts';
import {
  LiveTable, Notice, PredictFirst, ResetButton, Segmented, Select, SimLayout, Slider, Stat, Toggle,
  formatBytes, formatChange, formatCount, formatPercent, formatRatio, useText, type TableColumn,
} from '../../ui/index.ts';
import { errorText } from '../_shared/errorText.ts';
import { methodOf } from './methods.ts';
import { GROUPS, NETWORKS, STAGES, useCompression, type IndexKind, type PruneKind, type ValueCoding } from './store.ts';
import { text } from './text.ts';

const GIB = 2 ** 30;
const gib = (v: number) => formatBytes(v, 'GiB');
const mb = (v: number) => formatBytes(v, 'MB');
const STAGE_LABEL: Record<DeepCompressionStage, string> = { P: 'P', PQ: 'P+Q', PQH: 'P+Q+H' };

function cite(key: Parameters<typeof getSource>[0], withSection = true): string {
  const s = getSource(key);
  return `${s.authors} (${s.year}). ${s.title}.${withSection && s.section ? ` ${s.section}` : ''}`;
}

function LlmView() {
  const s = useCompression();
  const { t, lang } = useText();
  const set = useCompression.setState;
  const result = useMemo(() => {
    try {
      const model = getModel(s.modelId);
      return { ok: true as const, model, r: llmCompression(model, methodOf(s)) };
    } catch (e) {
      return { ok: false as const, error: errorText(e) };
    }
  }, [s]);
  const csr50 = useMemo(() => llmCompression(getModel('llama-2-7b'), { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } }).ratio, []);
  const quantised = s.coding !== 'fp16';

  const controls = (
    <>
      <Select label={text.model} value={s.modelId} options={listModels().map((m) => ({ value: m.id, label: m.name }))} onChange={(modelId) => set({ modelId })} />
      <Segmented<ValueCoding> label={text.coding} value={s.coding} options={[{ value: 'fp16', label: text.fp16 }, { value: 'uniform', label: text.uniform }, { value: 'shared', label: text.shared }]} onChange={(coding) => set({ coding })} />
      {quantised && <Slider label={text.bits} value={s.bits} min={2} max={8} step={1} stops={[3, 4, 8]} unit="bit" onChange={(bits) => set({ bits })} />}
      {s.coding === 'uniform' && (
        <Select label={text.group} value={String(s.groupSize)} options={GROUPS.map((g) => ({ value: String(g), label: g === 0 ? text.perTensor : `g = ${g}` }))} onChange={(g) => set({ groupSize: Number(g) })} />
      )}
      <Segmented<PruneKind> label={text.prune} value={s.prune} options={[{ value: 'none', label: text.pruneNone }, { value: 'unstructured', label: text.unstructured }, { value: '2:4', label: '2:4' }]} onChange={(prune) => set({ prune })} />
      {s.prune === 'unstructured' && (
        <>
          <Slider label={text.density} value={s.density} min={0.05} max={1} step={0.01} stops={[0.1, 0.3, 0.5, 0.7]} format={(v) => formatPercent(v)} onChange={(density) => set({ density })} />
          <Segmented<IndexKind> label={text.index} value={s.index} options={[{ value: 'csr', label: text.csr }, { value: 'bitmask', label: text.bitmask }]} onChange={(index) => set({ index })} />
        </>
      )}
      <Toggle label={text.huffman} checked={s.huffman && quantised} disabled={!quantised} onChange={(huffman) => set({ huffman })} />
      {!quantised && <p className="ui-field-message">{t(text.huffmanNeedsQ)}</p>}
      <ResetButton onReset={() => useCompression.reset()} />
    </>
  );
  if (!result.ok) return <SimLayout controls={controls} chart={<Notice kind="error" text={result.error} />} takeaway={text.takeawayLlm} />;
  const { r } = result;
  const parts = [
    { id: 'values', label: t(text.values), value: r.bytes.values, style: roles.weights },
    { id: 'indices', label: t(text.indices), value: r.bytes.indices, style: roles.kvCache },
    { id: 'metadata', label: t(text.metadata), value: r.bytes.metadata, style: roles.activations },
    { id: 'scales', label: t(text.scales), value: r.bytes.scales, style: roles.overhead },
    { id: 'codebook', label: t(text.codebook), value: r.bytes.codebook, style: roles.highlight },
    { id: 'uncompressed', label: t(text.uncompressed), value: r.bytes.uncompressed, style: roles.free },
  ];
  const summary = lang === 'zh'
    ? `FP16 ${gib(r.denseBytes)} → 压缩后 ${gib(r.totalBytes)}：${parts.map((p) => `${p.label} ${gib(p.value)}`).join('，')}`
    : `FP16 ${gib(r.denseBytes)} → compressed ${gib(r.totalBytes)}: ${parts.map((p) => `${p.label} ${gib(p.value)}`).join(', ')}`;
  const sharing = s.coding === 'shared' ? weightSharingDerivation({ weights: result.model.hiddenSize * result.model.hiddenSize, bits: 16, clusters: 2 ** s.bits }) : undefined;
  return (
    <SimLayout
      controls={controls}
      chart={
        <>
        <StackedBar width={700} height={300} label={summary}
          bars={[
            { id: 'base', label: t(text.baseline), segments: [{ id: 'values', label: t(text.values), value: r.denseBytes - r.bytes.uncompressed, style: roles.weights }, { id: 'uncompressed', label: t(text.uncompressed), value: r.bytes.uncompressed, style: roles.free }] },
            { id: 'comp', label: t(text.compressed), segments: parts },
          ]}
          axis={{ title: t(text.axisGiB), format: tickBytes('GiB'), tickUnit: GIB }} valueFormat={gib} />
        <div className="cmp-predict">
        <PredictFirst question={text.question} choices={[{ id: 'half', label: text.q50 }, { id: 'three', label: text.q75 }, { id: 'same', label: text.q100 }]}
          answerId={csr50 > 1.6 ? 'half' : csr50 > 1.15 ? 'three' : 'same'}
          explanation={{
            zh: `引擎算得 Llama-2-7B 的压缩倍数只有 ${formatRatio(csr50)}：每个保留的 16 bit 值都要配一个 16 bit 列索引，再加行指针。`,
            en: `The engine gets only ${formatRatio(csr50)} for Llama-2-7B: every kept 16-bit value carries a 16-bit column index, plus row pointers.`,
          }} />
        </div>
        </>
      }
      outputs={
        <>
          <Stat label={text.storage} value={r.totalBytes} format={gib} emphasis />
          <Stat label={text.ratio} value={r.ratio} format={formatRatio} derivation={sharing} source={sharing ? cite('han-2016-deep-compression') : undefined} />
          <Stat label={text.read} value={r.readPerTokenBytes} format={(v) => formatBytes(v, 'GB')} baseline={r.denseReadPerTokenBytes} baselineLabel={text.baseline} />
        </>
      }
      takeaway={text.takeawayLlm}
    />
  );
}

interface LayerRow { readonly name: string; readonly weights: number; readonly kept: number; readonly wq: number; readonly wh: number; readonly iq: number; readonly ih: number; readonly rate: number; readonly published: number }

function DeepView() {
  const s = useCompression();
  const { t, lang } = useText();
  const set = useCompression.setState;
  const net = DEEP_COMPRESSION_NETWORKS[s.network];
  const stages = useMemo(() => STAGES.map((stage) => deepCompressionRatio(s.network, { stage, padding: s.padding })), [s.network, s.padding]);
  const current = stages[STAGES.indexOf(s.stage)] ?? stages[2]!;
  const publishedRatio = s.stage === 'P' ? net.published.pruneRatio : s.stage === 'PQ' ? net.published.ratioPQ : net.published.ratioPQH;
  const rows: LayerRow[] = net.layers.map((l, i) => ({
    name: l.name, weights: l.weights, kept: l.keptFraction, wq: l.weightBitsPQ, wh: l.weightBitsPQH, iq: l.indexBitsPQ, ih: l.indexBitsPQH,
    rate: current.layers[i]?.rate ?? 0,
    published: s.stage === 'PQ' ? l.publishedRatePQ : s.stage === 'PQH' ? l.publishedRatePQH : l.keptFraction,
  }));
  const columns: TableColumn<LayerRow>[] = [
    { id: 'name', header: text.layer, value: (r) => r.name, align: 'start', rowHeader: true },
    { id: 'weights', header: text.weights, value: (r) => r.weights, format: (v) => formatCount(v as number) },
    { id: 'kept', header: text.kept, value: (r) => r.kept, format: (v) => formatPercent(v as number) },
    { id: 'wbits', header: text.wbits, unit: 'bit', value: (r) => `${r.wq} / ${r.wh}`, sortable: false },
    { id: 'ibits', header: text.ibits, unit: 'bit', value: (r) => `${r.iq} / ${r.ih}`, sortable: false },
    { id: 'rate', header: text.rate, value: (r) => r.rate, format: (v) => formatPercent(v as number) },
    { id: 'published', header: text.rateP, value: (r) => r.published, format: (v) => formatPercent(v as number) },
  ];
  const bars = [
    { id: 'dense', label: t(text.dense), value: stages[0]!.denseBytes },
    ...STAGES.map((st, i) => ({ id: st, label: STAGE_LABEL[st], value: stages[i]!.compressedBytes })),
  ];
  const summary = bars.map((b) => `${b.label} ${mb(b.value)}`).join(lang === 'zh' ? '，' : ', ');
  const error = current.ratio / publishedRatio - 1;
  return (
    <SimLayout
      controls={
        <>
          <Select label={text.network} value={s.network} options={NETWORKS.map((n) => ({ value: n, label: DEEP_COMPRESSION_NETWORKS[n].name }))} onChange={(network) => set({ network })} />
          <Segmented<DeepCompressionStage> label={text.stage} value={s.stage} options={STAGES.map((st) => ({ value: st, label: STAGE_LABEL[st] }))} onChange={(stage) => set({ stage })} />
          <Toggle label={text.padding} checked={s.padding} onChange={(padding) => set({ padding })} />
          <ResetButton onReset={() => useCompression.reset()} />
        </>
      }
      chart={
        <>
          <StackedBar width={760} height={250} label={summary} legend={false}
            bars={bars.map((b, i) => ({ id: b.id, label: b.label, segments: [{ id: b.id, label: b.label, value: b.value, style: b.id === s.stage ? roles.optimised : i === 0 ? roles.free : seriesStyle(0) }] }))}
            axis={{ title: t(text.axisMB), format: tickBytes('MB') }} valueFormat={mb} />
          <LiveTable caption={{ zh: `${net.name}（论文 ${net.table}）逐层数据与复现`, en: `${net.name} (paper ${net.table}): per-layer data and reproduction` }} columns={columns} rows={rows} rowKey={(r) => r.name} dense />
        </>
      }
      outputs={
        <>
          <Stat label={text.dcRatio} value={current.ratio} format={formatRatio} emphasis />
          <Stat label={{ zh: `论文（${net.table}）`, en: `Paper (${net.table})` }} value={publishedRatio} format={formatRatio} />
          <Stat label={{ zh: '相对误差', en: 'Relative difference' }} value={error} format={formatChange} />
          <Stat label={text.storage} value={current.compressedBytes} format={mb} />
          <p className="cmp-source">{cite('han-2016-deep-compression-tables', false)}</p>
        </>
      }
      takeaway={text.takeawayDeep}
    />
  );
}

export function Figure({ notice }: { notice: boolean }) {
  const s = useCompression();
  return (
    <div className="cmp-root">
      <div className="cmp-mode">
        <Segmented label={text.mode} value={s.mode} options={[{ value: 'llm', label: text.llm }, { value: 'deep', label: text.deep }]} onChange={(mode) => useCompression.setState({ mode })} />
        {notice && <Notice kind="info" text={text.unknownModel} />}
      </div>
      {s.mode === 'llm' ? <LlmView /> : <DeepView />}
    </div>
  );
}
