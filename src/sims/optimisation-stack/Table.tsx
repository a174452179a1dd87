/**
 * 表13: the concrete measures of best practice, each with the bottleneck it
 * addresses and the engine's gain when it is added to the ones before it
 * (practiceStack levels for the model, device and settings). Stage: model,
 * device, weight format and the measure whose numbers and work are shown;
 * the measured baseline and one row per practice with its TPOT, throughput
 * and memory change; TPOT, throughput and memory of that measure's level
 * with their work. Explore adds the order and on/off of every practice,
 * batch, TPOT target, overlap, prompt and output lengths, and the methods,
 * before → after values, TTFT, energy and bottleneck columns.
 */
import { useMemo } from 'react';
import { getHardware, getModel, memoryTotalDerivation, practiceThroughputDerivation, type PracticeLevel } from '../../engine/index.ts';
import { LEVEL_BOUND_TEXT } from '../../i18n/engine/practices.ts';
import { formatBytes, formatChange, formatCountUnit, formatNumber, formatSeconds, formatSi, presetName, useText, type Bilingual } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceIds, deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { gainOf, gainRows, type Gain, type GainMetric, type GainRow } from './gains.ts';
import { MEASURES, WEIGHT_CHOICES, type Inputs, type MeasureId, type WeightChoice } from './inputs.ts';
import { practiceSettings, stackLevels, weightLabel } from './levels.ts';
import { PracticeList } from './PracticeList.tsx';
import { measureText, REQUESTS, tableText } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');
const tps = (v: number) => formatSi(v, 'tok/s');
const joules = (v: number) => formatSi(v, 'J');
const DASH = '—';

const FORMAT: { readonly [M in GainMetric]: (v: number) => string } = { tpot: ms, ttft: ms, throughput: tps, memory: gib, energy: joules };

export function Table({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { lang, t } = useText();
  const onStage = view === 'stage';
  const active = useMemo(() => s.order.filter((p) => !s.off.includes(p)), [s.order, s.off]);
  const { modelId, hardwareId, weights, batch, targetMs, overlapPercent, promptTokens, outputTokens } = s;

  const result = useEngine(() => {
    const model = getModel(modelId);
    const hw = getHardware(hardwareId);
    const settings = practiceSettings({ weights, batch, targetMs, overlapPercent, promptTokens, outputTokens }, model);
    return { model, hw, rows: gainRows(active, stackLevels(model, hw, active, settings)) };
  }, [modelId, hardwareId, active, weights, batch, targetMs, overlapPercent, promptTokens, outputTokens]);

  const chosen: GainRow | undefined = result.ok ? (result.value.rows.find((r) => r.id === s.measure) ?? result.value.rows[0]) : undefined;
  const work = useEngine(() => {
    if (!result.ok || chosen === undefined) return null;
    const l = chosen.level;
    return {
      throughput: practiceThroughputDerivation(l),
      memory: memoryTotalDerivation(result.value.model, result.value.hw, l.deployment.memoryOptions),
    };
  }, [result, chosen]);

  const measureOptions = MEASURES.filter((m) => m === 'baseline' || active.includes(m)).map((m) => ({ value: m, label: measureText[m].row }));
  const controls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(deviceIds(['gpu', 'soc']))} />
      <Segmented<WeightChoice> {...bind('weights')} options={WEIGHT_CHOICES.map((w) => ({ value: w, label: weightLabel(w) }))} />
      <Select<MeasureId> {...bind('measure')} value={chosen?.id ?? 'baseline'} options={measureOptions} />
    </>
  );
  const moreControls = (
    <>
      <PracticeList order={s.order} off={s.off} onChange={set} />
      <Slider {...bind('batch')} format={(v) => formatCountUnit(v, REQUESTS, lang)} stops={bind('batch').stops.map((v) => ({ value: v, label: formatNumber(v) }))} />
      <Slider {...bind('targetMs')} />
      <Slider {...bind('overlapPercent')} />
      <Slider {...bind('promptTokens')} />
      <Slider {...bind('outputTokens')} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok || chosen === undefined) {
    return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.ok ? tableText.noFit : result.error} />} />;
  }
  const { model, hw, rows } = result.value;

  /** A gain cell: the baseline's own value, or the signed change (the one sign convention). */
  const gainCell = (g: Gain, metric: GainMetric): string => {
    switch (g.kind) {
      // On stage the baseline row gives the starting values; explore has them in the value columns.
      case 'start': return !onStage ? DASH : g.value === null ? t(tableText.noFit) : FORMAT[metric](g.value);
      case 'change': return formatChange(g.fraction);
      case 'fits-now': return t(tableText.fitsNow);
      case 'no-fit': return t(tableText.noFit);
    }
  };
  const valueCell = (l: PracticeLevel, metric: GainMetric): string => {
    const g = gainOf({ id: 'baseline', index: 0, level: l, before: null }, metric);
    return g.kind === 'start' && g.value !== null ? FORMAT[metric](g.value) : t(tableText.noFit);
  };
  const rowName = (r: GainRow): string => {
    const name = t(measureText[r.id].row);
    if (r.id === 'quantise-weights') return t(tableText.rowName({ name, detail: weightLabel(s.weights) }));
    if (r.id === 'tensor-parallel') return t(tableText.rowName({ name, detail: `×${r.level.tp}` }));
    return name;
  };
  const gainColumn = (metric: GainMetric, header: Bilingual): TableColumn<GainRow> => ({
    id: metric, header, sortable: false, noWrap: true, value: (r) => gainCell(gainOf(r, metric), metric),
  });
  const valueColumn = (metric: GainMetric, header: Bilingual): TableColumn<GainRow> => ({
    id: `${metric}-after`, header, sortable: false, noWrap: true, value: (r) => valueCell(r.level, metric),
  });
  const columns: TableColumn<GainRow>[] = onStage
    ? [
        { id: 'measure', header: tableText.measure, rowHeader: true, align: 'start', sortable: false, value: (r) => rowName(r) },
        { id: 'targets', header: tableText.targets, align: 'start', sortable: false, value: (r) => t(measureText[r.id].targets) },
        gainColumn('tpot', tableText.tpot),
        gainColumn('throughput', tableText.throughput),
        gainColumn('memory', tableText.memory),
        { id: 'caveat', header: tableText.caveat, align: 'start', sortable: false, value: (r) => t(measureText[r.id].caveat) },
      ]
    : [
        { id: 'measure', header: tableText.measure, rowHeader: true, align: 'start', sortable: false, value: (r) => rowName(r) },
        { id: 'targets', header: tableText.targets, align: 'start', sortable: false, value: (r) => t(measureText[r.id].targets) },
        { id: 'methods', header: tableText.methods, align: 'start', sortable: false, value: (r) => t(measureText[r.id].methods) },
        { id: 'batch', header: tableText.batchGpus, sortable: false, value: (r) => (r.level.fits ? `${r.level.deployment.batch} × ${r.level.tp}` : DASH) },
        valueColumn('tpot', tableText.tpot),
        gainColumn('tpot', tableText.tpotChange),
        valueColumn('ttft', tableText.ttft),
        gainColumn('ttft', tableText.ttftChange),
        valueColumn('throughput', tableText.throughput),
        gainColumn('throughput', tableText.throughputChange),
        valueColumn('memory', tableText.memory),
        gainColumn('memory', tableText.memoryChange),
        valueColumn('energy', tableText.energy),
        { id: 'bound', header: tableText.bottleneckAfter, align: 'start', sortable: false, value: (r) => t(LEVEL_BOUND_TEXT[r.level.bound]) },
        { id: 'caveat', header: tableText.caveat, align: 'start', sortable: false, value: (r) => t(measureText[r.id].caveat) },
      ];
  const caption = tableText.caption({
    model: model.name, device: presetName(hw, lang), format: weightLabel(s.weights),
    batch: formatCountUnit(s.batch, REQUESTS, lang), target: ms(s.targetMs / 1000),
  });
  const chart = (
    <div className="os-table">
      <LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} highlightKey={chosen.id} dense />
      <p className="os-table-note">{t(tableText.note)}</p>
    </div>
  );

  const l = chosen.level;
  const before = chosen.before;
  const notFit = l.fits ? undefined : tableText.noFit;
  const vs = (v: number | null | undefined) => (v === null || v === undefined ? {} : { baseline: v, baselineLabel: tableText.vsBefore });
  const readouts = (
    <>
      <Stat label={tableText.tpotStat} value={l.tpotSeconds ?? Number.NaN} format={ms} emphasis error={notFit} derivation={l.timing?.tpotDerivation} {...vs(before?.tpotSeconds)} />
      <Stat
        label={tableText.throughputStat} value={l.tokensPerSecond ?? Number.NaN} format={tps} error={notFit}
        derivation={work.ok ? work.value?.throughput ?? undefined : undefined} {...vs(before?.tokensPerSecond)}
      />
      <Stat
        label={tableText.memoryStat} value={l.memoryPerGpuBytes} format={gib} quantity={{ bytes: 'GiB' }}
        derivation={work.ok ? work.value?.memory : undefined} {...vs(before?.memoryPerGpuBytes)}
      />
    </>
  );
  return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={chart} readouts={readouts} takeaway={tableText.takeaway} />;
}
