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
import { cite, formatBytes, formatChange, formatCount, formatFlops, formatNumber, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, ResetButton, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceIds, deviceOptions, modelOptions } from '../_shared/options.ts';
import { STRATEGY_IDS, type Inputs } from './inputs.ts';
import { STRATEGY_TEXT, text } from './text.ts';

const gib = (v: number) => formatBytes(v, 'GiB');

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

  const controls = (
    <>
      <Select {...bind('model')} options={modelOptions()} />
      <Select {...bind('hardware')} options={deviceOptions(deviceIds(['gpu', 'soc']))} />
      <Select {...bind('explain')} options={STRATEGY_IDS.map((id) => ({ value: id, label: STRATEGY_TEXT[id].name }))} />
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

  const name = (r: MemoryStrategyRow) => t(STRATEGY_TEXT[r.id].name);
  const columns: TableColumn<MemoryStrategyRow>[] = [
    { id: 'name', header: text.strategy, value: (r) => name(r), align: 'start', rowHeader: true },
    { id: 'baseline', header: text.baseline, value: (r) => t(STRATEGY_TEXT[r.id].baseline), align: 'start', sortable: false },
    { id: 'saved', header: text.saved, unit: 'GiB', value: (r) => r.savedBytes / 2 ** 30, format: (v) => formatNumber(Number(v)) },
    { id: 'share', header: text.ofBaseline, value: (r) => (r.baselineBytes > 0 ? -r.savedBytes / r.baselineBytes : 0), format: (v) => formatChange(Number(v)) },
    { id: 'time', header: text.time, value: (r) => r.extraSeconds / r.stepSeconds, format: (v, r) => `${formatChange(Number(v))} ${t(text.perStep(text.steps[r.step]))}` },
    ...(onStage ? [] : [
      { id: 'flops', header: text.extraFlops, unit: text.flopsPerStep, value: (r: MemoryStrategyRow) => r.extraFlops, format: (v: number | string) => (Number(v) === 0 ? '0' : formatFlops(Number(v))) },
      { id: 'link', header: text.pcie, unit: text.perStepUnit, value: (r: MemoryStrategyRow) => r.extraLinkBytes, format: (v: number | string) => (Number(v) === 0 ? '0' : gib(Number(v))) },
      { id: 'source', header: text.source, value: (r: MemoryStrategyRow) => cite(r.source), align: 'start' as const, sortable: false },
    ]),
  ];
  const caption = text.caption({ model: model.name, device: hw.name, batch: s.batch, tokens: s.tokens });
  const chosenName = STRATEGY_TEXT[chosen.id].name;
  const chart = (
    <>
      <LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} highlightKey={s.explain} dense />
      <p className="ms-note">{t(text.note({ batch: s.batch, tokens: formatCount(s.tokens) }))}</p>
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
