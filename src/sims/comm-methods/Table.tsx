/**
 * 表9: each method alone against the same baseline, and all together: the
 * step time, its change (▼ saving, ▲ cost), what the method costs and when
 * it helps. Stage: link and phase; the baseline and all-on step times with
 * their derivations. Explore adds the stall column, the model, GPU, TP
 * degree, batch, prompt, each method's setting and the memory per GPU. A
 * layout that does not fit its GPUs' memory shows by how much and no step
 * times.
 */
import { getHardware, getInterconnect, getModel, type CompressionKind, COMPRESSION_KINDS } from '../../engine/index.ts';
import { formatBytes, formatChange, formatCount, formatPercent, formatSeconds, presetName, useText, type Bilingual } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { linkOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { HARDWARE, TP_DEGREES, type Inputs, type PhaseId } from './inputs.ts';
import { MemoryStat, NotFitNotice } from './Memory.tsx';
import { memoryOf, methodRuns, stepWork, type MethodRun, type State } from './scenario.ts';
import { compressionLabel, methodHelps, methodLabel, text } from './text.ts';

function costOf(run: MethodRun, base: MethodRun, s: State): Bilingual {
  const r = run.result;
  const b = base.result;
  switch (run.id) {
    case 'baseline':
    case 'all': return text.dash;
    case 'compression':
      return text.costCompression({ codec: formatSeconds(r.codecSeconds), topk: s.compression === 'topk', dropped: formatPercent(1 - s.topkPercent / 100) });
    case 'async':
      return r.computeBusySeconds > b.computeBusySeconds ? text.costAsyncCompute(formatSeconds(r.computeBusySeconds - b.computeBusySeconds)) : text.costAsync;
    case 'chunked':
      return text.costChunked(formatCount(r.linkMessages - b.linkMessages));
    case 'priority':
      return text.costPriority(formatSeconds(r.backgroundDoneSeconds - b.backgroundDoneSeconds));
    case 'merging':
      return text.costMerging(formatBytes(s.bucketBytes, 'decimal'));
  }
}

/** "▼ −3.05% (−3.33 ms)": the change in the one sign convention, then the time it is. */
function changeText(step: number, base: number): string {
  const delta = step - base;
  const pct = formatChange(delta / base);
  if (pct === '0%') return pct;
  return `${pct} (${delta < 0 ? '−' : '+'}${formatSeconds(Math.abs(delta))})`;
}

export function Table({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => ({ runs: methodRuns(s), memory: memoryOf(s) }), [s]);

  const phases = [{ value: 'prefill' as const, label: text.prefill }, { value: 'decode' as const, label: text.decode }];
  const compressionOptions = COMPRESSION_KINDS.map((k) => ({ value: k, label: compressionLabel[k] }));
  const controls = (
    <>
      <Select {...bind('linkId')} options={linkOptions()} />
      <Segmented<PhaseId> {...bind('phase')} options={phases} />
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={HARDWARE.map((id) => ({ value: id, label: getHardware(id).name }))} />
      <Segmented label={text.tp} value={String(s.tp)} onChange={(v) => set({ tp: Number(v) })} options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} />
      <Slider {...bind('batch')} />
      <Slider {...bind('promptTokens')} />
      <Segmented<CompressionKind> {...bind('compression')} options={compressionOptions} />
      {s.compression === 'topk' && <Slider {...bind('topkPercent')} />}
      <Slider {...bind('chunks')} />
      <Slider {...bind('bucketBytes')} format={(v) => formatBytes(v, 'decimal')} />
      <Slider {...bind('backgroundBytes')} format={(v) => formatBytes(v, 'decimal')} />
      <Slider {...bind('pageBytes')} format={(v) => formatBytes(v, 'decimal')} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;

  const { runs, memory } = result.value;
  // A layout that does not fit its GPUs cannot run: by how much, and no step times (issue #9 item 9).
  if (!memory.fits) {
    const notFitReadouts = (
      <>
        <Stat label={text.baselineStep} value={Number.NaN} format={(v) => formatSeconds(v)} error={text.notRun} />
        <MemoryStat memory={memory} />
      </>
    );
    return (
      <SimFrame
        stage="top"
        controls={onStage ? <>{controls}<div className="cm-stage-readouts">{notFitReadouts}</div></> : controls}
        moreControls={moreControls}
        chart={<NotFitNotice state={s} memory={memory} />}
        readouts={onStage ? undefined : notFitReadouts}
        takeaway={text.tableTakeaway}
      />
    );
  }
  const base = runs[0] as MethodRun;
  const all = runs[runs.length - 1] as MethodRun;
  const baseStep = base.result.stepSeconds;
  const columns: TableColumn<MethodRun>[] = [
    { id: 'method', header: text.method, value: (r) => t(methodLabel[r.id]), align: 'start', rowHeader: true, sortable: false },
    { id: 'step', header: text.step, value: (r) => r.result.stepSeconds, format: (v) => formatSeconds(Number(v)), noWrap: true },
    ...(onStage ? [] : [{ id: 'stall', header: text.stall, value: (r: MethodRun) => r.result.stallSeconds, format: (v: number | string) => formatSeconds(Number(v)) }]),
    { id: 'change', header: text.change, value: (r) => r.result.stepSeconds - baseStep, format: (_, r) => (r.id === 'baseline' ? '—' : changeText(r.result.stepSeconds, baseStep)), noWrap: true },
    { id: 'cost', header: text.cost, value: (r) => t(costOf(r, base, s)), align: 'start', sortable: false },
    { id: 'helps', header: text.helps, value: (r) => t(methodHelps[r.id]), align: 'start', sortable: false },
  ];
  const caption = text.tableCaption({ model: getModel(s.modelId).name, phase: s.phase === 'prefill' ? text.prefill : text.decode, link: presetName(getInterconnect(s.linkId), lang) });
  const readouts = (
    <>
      <Stat label={text.baselineStep} value={baseStep} format={(v) => formatSeconds(v)} derivation={stepWork(base)} />
      <Stat label={text.allOn} value={all.result.stepSeconds} format={(v) => formatSeconds(v)} baseline={baseStep} baselineLabel={text.vsBaseline} derivation={stepWork(all)} emphasis />
    </>
  );
  // On stage the readouts sit in the row of controls, so the table's text columns get the slide's full width.
  return (
    <SimFrame
      stage="top"
      controls={onStage ? <>{controls}<div className="cm-stage-readouts">{readouts}</div></> : controls}
      moreControls={moreControls}
      chart={<><LiveTable caption={caption} columns={columns} rows={runs} rowKey={(r) => r.id} dense /><p className="cm-note">{t(text.tableNote)}</p></>}
      readouts={onStage ? undefined : readouts}
      moreReadouts={<MemoryStat memory={memory} />}
      takeaway={text.tableTakeaway}
    />
  );
}
