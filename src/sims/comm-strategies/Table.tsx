/**
 * 表10: communication strategies compared live on one configuration: each
 * row changes one thing and shows the step time and its change (▼ saving,
 * ▲ cost) with what the strategy costs. Stage: parallelism, phase and
 * topology; the six rows that help most; the baseline and the best row's
 * step time with their derivations. Explore: every applicable row and every
 * setting (model, GPU, degree, batch, context, overlap, micro-batches,
 * transport), and the memory per GPU with its work. A baseline that does
 * not fit its GPUs' memory shows by how much and no step times.
 */
import {
  commStepDerivation, getHardware, parallelMemoryDerivation, pipelineStepDerivation, TOPOLOGIES, TRANSPORTS, type ParallelStep, type Topology, type Transport,
} from '../../engine/index.ts';
import { formatBytes, formatChange, formatSeconds, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, Toggle, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { DEGREES, HARDWARE_IDS, MODEL_IDS, type Inputs } from './inputs.ts';
import { compareStrategies, type StrategyRow } from './strategies.ts';
import { familyText, strategyText, text, topologyText, transportText } from './text.ts';

/** Rows on stage: the strategies that help most. */
const STAGE_ROWS = 6;

const stepWork = (e: ParallelStep) => (e.mode === 'tp'
  ? commStepDerivation(e.params, e.timeline)
  : pipelineStepDerivation({ stageSeconds: e.stageSeconds, microBatches: e.microBatches, p2pSeconds: e.p2pSeconds, timeline: e.timeline }));

/** "▼ −3.05% (−3.33 ms)": the change in the one sign convention, then the time it is. */
function changeText(delta: number, base: number): string {
  const pct = formatChange(delta / base);
  if (pct === '0%') return pct;
  return `${pct} (${delta < 0 ? '−' : '+'}${formatSeconds(Math.abs(delta))})`;
}

export function Table({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => compareStrategies(s), [s]);
  const network = s.topology !== 'nvlink' && s.topology !== 'pcie';

  const controls = (
    <>
      <Segmented {...bind('mode')} options={[{ value: 'tp', label: text.tp }, { value: 'pp', label: text.pp }]} />
      <Segmented {...bind('phase')} options={[{ value: 'decode', label: text.decode }, { value: 'prefill', label: text.prefill }]} />
      <Select<Topology> {...bind('topology')} options={TOPOLOGIES.map((v) => ({ value: v, label: topologyText[v] }))} />
    </>
  );
  const moreControls = (
    <>
      <Segmented<Transport> {...bind('transport')} disabled={!network} options={TRANSPORTS.map((v) => ({ value: v, label: transportText[v] }))} />
      <Select {...bind('modelId')} options={modelOptions(MODEL_IDS)} />
      <Select {...bind('hardwareId')} options={HARDWARE_IDS.map((id) => ({ value: id, label: getHardware(id).name }))} />
      <Segmented label={text.degree} value={String(s.degree)} options={DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ degree: Number(v) })} />
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} />
      {s.mode === 'tp' ? <Toggle {...bind('overlap')} /> : <Slider {...bind('microBatches')} />}
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;

  const { baseline, rows } = result.value;
  const base = baseline.stepSeconds;
  // A row runs only if its layout fits the GPUs' memory (issue #9 item 9); one that does not is named, never timed.
  const applicable = rows.filter((r) => r.result?.memory.fits).sort((a, b) => (a.deltaSeconds ?? 0) - (b.deltaSeconds ?? 0));
  const shown = onStage ? applicable.slice(0, STAGE_ROWS) : applicable;
  const skipped = rows.filter((r) => r.result === null);
  const notFitting = rows.filter((r) => r.result !== null && !r.result.memory.fits);
  const best = applicable[0];

  const columns: TableColumn<StrategyRow>[] = [
    { id: 'name', header: text.strategy, value: (r) => `${t(strategyText[r.strategy.id].name)} · ${t(familyText[r.strategy.family])}`, align: 'start', rowHeader: true },
    { id: 'step', header: text.step, value: (r) => r.result?.stepSeconds ?? Number.NaN, format: (v) => formatSeconds(Number(v)), noWrap: true },
    { id: 'change', header: text.change, value: (r) => r.deltaSeconds ?? Number.NaN, format: (v) => changeText(Number(v), base), noWrap: true },
    { id: 'cost', header: text.cost, value: (r) => t(strategyText[r.strategy.id].cost), align: 'start', sortable: false },
  ];
  const config = [
    baseline.model.name,
    `${t(s.mode === 'tp' ? text.tp : text.pp)} ×${s.degree}`,
    t(s.phase === 'decode' ? text.decode : text.prefill),
    t(topologyText[s.topology]),
    ...(network ? [t(transportText[s.transport])] : []),
  ].join(' · ');
  const separator = t(text.listSeparator);
  const gib = (v: number) => formatBytes(v, 'GiB');
  const mem = baseline.memory;
  const memoryReadout = (
    <Stat label={text.memory(gib(mem.usable))} value={mem.total} format={(v) => `${gib(v)} ${t(mem.fits ? text.fits : text.overByShort(gib(mem.overBytes)))}`}
      derivation={parallelMemoryDerivation(mem)} quantity={{ bytes: 'GiB' }} />
  );
  // The baseline does not fit its GPUs: it cannot run, so there is no step time to compare — the notice says by how much.
  if (!mem.fits) {
    const notFitReadouts = (
      <>
        <Stat label={text.baselineStep} value={Number.NaN} format={(v) => formatSeconds(v)} error={text.notRun} />
        {memoryReadout}
      </>
    );
    return (
      <SimFrame
        stage="top"
        controls={onStage ? <>{controls}<div className="cs-stage-readouts">{notFitReadouts}</div></> : controls}
        moreControls={moreControls}
        chart={<Notice kind="warning" text={text.doesNotFit({ config, needs: gib(mem.total), usable: gib(mem.usable), over: gib(mem.overBytes) })} />}
        readouts={onStage ? undefined : notFitReadouts}
        takeaway={text.takeaway}
      />
    );
  }
  const caption = text.caption({ config, step: formatSeconds(base) });

  const readouts = (
    <>
      <Stat label={text.baselineStep} value={base} format={(v) => formatSeconds(v)} derivation={stepWork(baseline)} />
      {best?.result && (
        <Stat label={text.best} value={best.result.stepSeconds} format={(v) => formatSeconds(v)}
          baseline={base} baselineLabel={text.vsBaseline} derivation={stepWork(best.result)} emphasis />
      )}
    </>
  );
  const chart = (
    <>
      <LiveTable caption={caption} columns={columns} rows={shown} rowKey={(r) => r.strategy.id} dense />
      {notFitting.length > 0 && <p className="cs-note">{t(text.rowsNotFit(notFitting.map((r) => t(strategyText[r.strategy.id].name)).join(separator)))}</p>}
      {skipped.length > 0 && <p className="cs-note">{t(text.notApplicable(skipped.map((r) => t(strategyText[r.strategy.id].name)).join(separator)))}</p>}
      {onStage && applicable.length > shown.length && <p className="cs-note">{t(text.moreInExplore(applicable.length - shown.length))}</p>}
    </>
  );
  // On stage the readouts sit in the row of controls, so the table's cost column gets the slide's full width.
  return (
    <SimFrame
      stage="top"
      controls={onStage ? <>{controls}<div className="cs-stage-readouts">{readouts}</div></> : controls}
      moreControls={moreControls}
      chart={chart}
      readouts={onStage ? undefined : readouts}
      moreReadouts={memoryReadout}
      takeaway={text.takeaway}
    />
  );
}
