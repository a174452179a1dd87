/**
 * 表6: each optimisation before → after on one whole transformer block.
 * Stage: phase and model; the five steps of 图6 with kernels, HBM traffic,
 * time and the step's speed-up; the block time after all five, with its work.
 * Explore: the nine engine passes one by one with FLOPs and nodes removed,
 * the device, batch and tokens.
 */
import {
  defaultComputePrecision, getHardware, getModel, graphTimeDerivation, passComparison, passStepComparison, REALISTIC_EFFICIENCY,
  type GraphCost, type PassId, type PassStep,
} from '../../engine/index.ts';
import { formatBytes, formatFlops, formatNumber, formatRatio, formatSeconds, useText } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { PHASES, type Inputs, type PhaseId } from './inputs.ts';
import { PASS_TEXT, STEP_TEXT, text } from './text.ts';

interface Row {
  readonly id: PassStep | PassId;
  readonly name: string;
  readonly before: GraphCost;
  readonly after: GraphCost;
  readonly removed: number;
}

/** "818 → 544 MiB": one unit when both sides share it, so the columns fit a projector. */
function arrow(a: string, b: string): string {
  const [av, au] = a.split(' ');
  const [bv, bu] = b.split(' ');
  return au !== undefined && au === bu ? `${av} → ${bv} ${bu}` : `${a} → ${b}`;
}

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const precision = defaultComputePrecision(hw);
    const opts = { phase: s.phase, batch: s.batch, tokens: s.tokens };
    const steps = passStepComparison(model, hw, precision, opts);
    const passes = passComparison(model, hw, precision, opts);
    const last = steps[steps.length - 1]!;
    return { steps, passes, first: steps[0]!.before, last: last.after, dTime: graphTimeDerivation(hw, precision, last.after) };
  }, [s.modelId, s.hardwareId, s.phase, s.batch, s.tokens]);

  const controls = (
    <>
      <Segmented<PhaseId> {...bind('phase')} options={PHASES.map((p) => ({ value: p, label: text[p] }))} />
      <Select {...bind('modelId')} options={modelOptions()} />
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('hardwareId')} options={deviceOptions()} />
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;
  }
  const v = result.value;
  const rows: Row[] = onStage
    ? v.steps.map((r) => ({ id: r.step, name: t(STEP_TEXT[r.step]), before: r.before, after: r.after, removed: r.removed }))
    : v.passes.map((r) => ({ id: r.pass, name: t(PASS_TEXT[r.pass]), before: r.before, after: r.after, removed: r.removed }));
  const columns: TableColumn<Row>[] = [
    { id: 'pass', header: text.pass, value: (r) => r.name, rowHeader: true, align: 'start', sortable: false },
    { id: 'kernels', header: text.kernels, value: (r) => `${r.before.kernels} → ${r.after.kernels}` },
    { id: 'bytes', header: text.bytes, value: (r) => arrow(formatBytes(r.before.bytes), formatBytes(r.after.bytes)) },
    ...(onStage ? [] : [{ id: 'flops', header: text.flops, value: (r: Row) => arrow(formatFlops(r.before.flops), formatFlops(r.after.flops)) }]),
    { id: 'time', header: text.time, value: (r) => arrow(formatSeconds(r.before.seconds), formatSeconds(r.after.seconds)) },
    { id: 'speedup', header: text.speedup, value: (r) => r.before.seconds / r.after.seconds, format: (x) => formatRatio(x as number) },
    ...(onStage ? [] : [{ id: 'removed', header: text.removed, value: (r: Row) => r.removed }]),
  ];
  const note = text.tableNote({
    ec: formatNumber(REALISTIC_EFFICIENCY.computeEfficiency), em: formatNumber(REALISTIC_EFFICIENCY.memoryEfficiency), launch: formatSeconds(REALISTIC_EFFICIENCY.kernelLaunchSeconds),
  });
  const chart = (
    <>
      <LiveTable caption={text.tableCaption} columns={columns} rows={rows} rowKey={(r) => r.id} dense />
      <p className="go-note">{t(onStage ? text.scope : note)}</p>
    </>
  );
  const readouts = (
    <Stat label={text.allPasses} value={v.last.seconds} format={(x) => formatSeconds(x)} baseline={v.first.seconds} baselineLabel={text.baseline} derivation={v.dTime} emphasis />
  );
  return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} />;
}
