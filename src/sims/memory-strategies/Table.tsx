/**
 * 表4: the section's memory strategies on one model and GPU — the memory each
 * frees against its own baseline, and what it costs in time, FLOPs and PCIe
 * traffic — computed live. Stage: model, device, batch and the row whose work
 * is shown; the six rows with saving, share of the baseline and time change.
 * Explore adds the sequence length, extra FLOPs, PCIe traffic and sources.
 * The two rows in their training form say so and are measured against
 * training's baseline.
 */
import {
  getHardware, getModel, memoryStrategyRows, memoryStrategySavingDerivation, memoryStrategyTimeDerivation, type MemoryStrategyRow,
} from '../../engine/index.ts';
import { cite, formatBytes, formatChange, formatCount, formatFlops, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, ResetButton, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceIds, deviceOptions, modelOptions } from '../_shared/options.ts';
import { STRATEGY_IDS, type ExplainId, type Inputs } from './inputs.ts';
import { strategyWords, text } from './text.ts';

/** The tensor-parallel degree the rows are per GPU of (rows carry it since the engine's inference-true rows; 1 before). */
const tpOf = (rows: readonly MemoryStrategyRow[]): number => (rows[0] as { readonly tp?: number } | undefined)?.tp ?? 1;
const isExplainId = (id: string): id is ExplainId => (STRATEGY_IDS as readonly string[]).includes(id);
/** Memory in GiB; an amount too small to read in GiB in KiB or MiB. */
const gib = (v: number) => formatBytes(v, v > 0 && v < 0.01 * 2 ** 30 ? 'binary' : 'GiB');

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => {
    const model = getModel(s.model);
    const hw = getHardware(s.hardware);
    const rows = memoryStrategyRows(model, hw, { batch: s.batch, tokens: s.tokens });
    const chosen = rows.find((r) => r.id === s.explain) ?? (rows[0] as MemoryStrategyRow);
    return { model, hw, rows, chosen, dSaved: memoryStrategySavingDerivation(chosen), dTime: memoryStrategyTimeDerivation(chosen) };
  }, [s.model, s.hardware, s.batch, s.tokens, s.explain]);

  // The rows the engine returns for this model and device: the select offers exactly those.
  const explainIds = (result.ok ? result.value.rows.map((r): string => r.id) : []).filter(isExplainId);
  // A saved choice the engine no longer offers falls back to the row actually explained.
  const chosenId: string = result.ok ? result.value.chosen.id : s.explain;
  const shownId = isExplainId(chosenId) ? chosenId : s.explain;
  const controls = (
    <>
      <Select {...bind('model')} options={modelOptions()} />
      <Select {...bind('hardware')} options={deviceOptions(deviceIds(['gpu', 'soc']))} />
      <Select {...bind('explain')} value={shownId} options={explainIds.map((id) => ({ value: id, label: strategyWords(id).name }))} />
    </>
  );
  const moreControls = (
    <>
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} />
      <ResetButton onReset={sim.reset} />
    </>
  );
  if (!result.ok) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { model, hw, rows, chosen, dSaved, dTime } = result.value;

  const name = (r: MemoryStrategyRow) => t(strategyWords(r.id).name);
  const columns: TableColumn<MemoryStrategyRow>[] = [
    { id: 'name', header: text.strategy, value: (r) => name(r), align: 'start', rowHeader: true },
    { id: 'baseline', header: text.baseline, value: (r) => t(strategyWords(r.id).baseline), align: 'start', sortable: false },
    { id: 'saved', header: text.saved, value: (r) => r.savedBytes, format: (v) => gib(Number(v)) },
    { id: 'share', header: text.ofBaseline, value: (r) => (r.baselineBytes > 0 ? -r.savedBytes / r.baselineBytes : 0), format: (v) => formatChange(Number(v)) },
    { id: 'time', header: text.time, value: (r) => r.extraSeconds / r.stepSeconds, format: (v, r) => `${formatChange(Number(v))} ${t(text.perStep(text.steps[r.step]))}` },
    ...(onStage ? [] : [
      { id: 'flops', header: text.extraFlops, unit: text.flopsPerStep, value: (r: MemoryStrategyRow) => r.extraFlops, format: (v: number | string) => (Number(v) === 0 ? '0' : formatFlops(Number(v))) },
      { id: 'link', header: text.pcie, unit: text.perStepUnit, value: (r: MemoryStrategyRow) => r.extraLinkBytes, format: (v: number | string) => (Number(v) === 0 ? '0' : gib(Number(v))) },
      { id: 'source', header: text.source, value: (r: MemoryStrategyRow) => cite(r.source), align: 'start' as const, sortable: false },
    ]),
  ];
  const caption = text.caption({ model: model.name, device: hw.name, batch: s.batch, tokens: s.tokens });
  const chosenName = strategyWords(chosen.id).name;
  const chart = (
    <>
      <LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} highlightKey={s.explain} dense />
      <p className="ms-note">{t(text.note({ batch: s.batch, tokens: formatCount(s.tokens), tp: tpOf(rows) }))}</p>
    </>
  );
  const readouts = (
    <>
      <Stat label={text.savedBy(chosenName)} value={chosen.savedBytes} format={gib} derivation={dSaved} emphasis />
      <Stat label={text.timeBy(chosenName, text.steps[chosen.step])} value={dTime.result.value} format={formatChange} derivation={dTime} />
    </>
  );
  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={chart}
      readouts={readouts}
      takeaway={text.takeaway}
    />
  );
}
