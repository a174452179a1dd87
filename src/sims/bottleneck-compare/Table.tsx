/**
 * 表11: per family of optimisation (memory, compute, communication) the
 * bottleneck signal the engine measures in the current scenario (memory-bound
 * share of the step and the fit; arithmetic intensity against the ridge;
 * communication share), its typical techniques, the effect of the family's
 * remedy on this scenario (bottleneckAnalysis: FP16 baseline step ÷ remedied
 * step), its price and where it fits. Stage: the scenario stops and the
 * phase; the three rows; the family that helps most with its work. Explore
 * adds model, device, TP, link, batch and tokens, the remedy each row
 * applies with its step time and memory, and every number's work.
 */
import {
  baselineStepOptions, bottleneckAnalysis, fitDerivation, getHardware, getInterconnect, getModel, remedySpeedupDerivation, ridgePointDerivation,
  stepMemoryOptions, stepSplitDerivation, OPTIMISATION_FAMILIES, type BottleneckAnalysis, type OptimisationFamily, type RemedyResult,
} from '../../engine/index.ts';
import { formatBytes, formatCount, formatNumber, formatPercent, formatRatio, formatSeconds, presetName, useText, type Text } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, Select, SimFrame, Slider, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { deviceOptions, modelOptions } from '../_shared/options.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { scenarioOf } from './Figure.tsx';
import { PCIE_LINK, STOP_IDS, stopState, TP_DEGREES, type Inputs, type LinkChoice, type PhaseChoice, type State } from './inputs.ts';
import { familyChoice, familyWords, phaseText, remedyText, stopText, tableText, text } from './text.ts';

const ms = (s: number) => formatSeconds(s, 'ms');
const gib = (b: number) => formatBytes(b, 'GiB');

/** One row of 表11: a family, the remedy of it the engine evaluated (null when none applies here) and the scenario's signals. */
export interface FamilyRow {
  readonly family: OptimisationFamily;
  /** The family's remedy with the largest speed-up in this scenario (null when none applies). */
  readonly remedy: RemedyResult | null;
  /** The family that helps most here (only when the baseline fits). */
  readonly best: boolean;
}

/** 表11's rows from the engine's analysis, in the order memory, compute, communication. */
export function familyRows(a: BottleneckAnalysis): FamilyRow[] {
  return OPTIMISATION_FAMILIES.map((family) => {
    const own = a.remedies.filter((r) => r.family === family && r.applicable && r.speedup !== null);
    const remedy = own.reduce<RemedyResult | null>((b, r) => (b === null || (r.speedup as number) > (b.speedup as number) ? r : b), null);
    return { family, remedy, best: a.memory.fits && family === a.bestFamily };
  });
}

/** The signal cell of a row: memory-bound share and fit; intensity against the ridge; communication share. */
export function signalText(row: FamilyRow, a: BottleneckAnalysis, ridge: number): Text {
  const s = a.step;
  const fits = a.memory.fits;
  switch (row.family) {
    case 'memory': {
      if (!fits) return text.overBy(gib(-a.memory.free));
      return tableText.memorySignal({ share: formatPercent(s.memorySeconds / s.seconds, 2), fit: text.freeOk(gib(a.memory.free)) });
    }
    case 'compute': {
      const intensity = s.flops / s.bytes;
      return tableText.computeSignal({ intensity: formatNumber(intensity), ridge: formatNumber(ridge), below: intensity < ridge });
    }
    case 'communication':
      if (s.tp === 1) return tableText.oneGpu;
      return fits ? tableText.commSignal(formatPercent(s.communicationSeconds / s.seconds, 2)) : tableText.none;
  }
}

/** The effect cell: the remedy's speed-up (baseline fits) or whether it makes the step fit (baseline does not). */
export function effectText(row: FamilyRow, a: BottleneckAnalysis): Text {
  const r = row.remedy;
  if (r === null) return a.step.tp === 1 ? tableText.notHere : tableText.noFasterLink;
  if (a.memory.fits) return formatRatio(r.speedup as number);
  if (row.family === 'communication' || r.memory === null) return tableText.none;
  return r.memory.fits ? tableText.fitsNow(gib(r.memory.free)) : tableText.stillOver(gib(-r.memory.free));
}

const sameScenario = (a: State, b: State) => (Object.keys(a) as (keyof State)[]).every((k) => a[k] === b[k]);

export function Table({ state: s, set, bind, sim, view }: SimViewProps<Inputs>) {
  const { lang, t } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => {
    const model = getModel(s.modelId);
    const hw = getHardware(s.hardwareId);
    const scenario = scenarioOf(s, model, hw);
    const a = bottleneckAnalysis(model, hw, scenario);
    const rows = familyRows(a);
    return {
      model, hw, scenario, a, rows,
      ridge: ridgePointDerivation(hw, a.step.precision),
      split: stepSplitDerivation(model, hw, scenario),
      fit: fitDerivation(model, hw, stepMemoryOptions(baselineStepOptions(scenario))),
      speedup: Object.fromEntries(rows.map((r) => [r.family, r.remedy === null ? null : remedySpeedupDerivation(a, r.remedy.id)])),
    };
  }, [s]);

  const hw = result.ok ? result.value.hw : null;
  const canSplit = hw !== null && hw.intraNodeLink !== null;
  const nativeIsPcie = hw?.intraNodeLink === PCIE_LINK;
  const stops = (
    <div className="bc-stops" role="group" aria-label={t(text.stops)}>
      <span className="ui-label">{t(text.stops)}</span>
      <div className="bc-stop-row">
        {STOP_IDS.map((id) => {
          const target = stopState(id, sim.base);
          return (
            <button key={id} type="button" className="ui-button bc-stop" aria-pressed={sameScenario(s, target)} onClick={() => set(target)}>
              {t(stopText[id])}
            </button>
          );
        })}
      </div>
    </div>
  );
  const controls = (
    <>
      {stops}
      <Segmented<PhaseChoice> {...bind('phase')} options={[{ value: 'prefill', label: phaseText.prefill }, { value: 'decode', label: phaseText.decode }]} />
    </>
  );
  const moreControls = (
    <>
      <Select {...bind('modelId')} options={modelOptions()} />
      <Select {...bind('hardwareId')} options={deviceOptions(sim.specs.hardwareId.options())} />
      <Segmented
        label={text.tp} value={String(canSplit ? s.tp : 1)} disabled={!canSplit}
        options={TP_DEGREES.map((d) => ({ value: String(d), label: String(d) }))} onChange={(v) => set({ tp: Number(v) })}
      />
      <Segmented<LinkChoice>
        {...bind('link')} value={nativeIsPcie ? 'native' : s.link} disabled={!canSplit || nativeIsPcie || s.tp === 1}
        options={[{ value: 'native', label: hw?.intraNodeLink ? presetName(getInterconnect(hw.intraNodeLink), lang) : '—' }, { value: 'pcie', label: text.pcieOnly }]}
      />
      <Slider {...bind('batch')} />
      <Slider {...bind('tokens')} label={s.phase === 'prefill' ? text.promptLen : text.contextLen} />
      <SimReset onReset={sim.reset} />
    </>
  );
  if (!result.ok) return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;

  const { model, scenario, a, rows, ridge, split, fit, speedup } = result.value;
  const link = presetName(getInterconnect(scenario.interconnect ?? result.value.hw.intraNodeLink ?? PCIE_LINK), lang);
  const caption = tableText.caption({
    model: model.name, gpus: text.gpus({ tp: scenario.tp, device: result.value.hw.name.replace(/^NVIDIA /, ''), link }),
    phase: phaseText[scenario.phase], batch: formatCount(scenario.batch), tokens: formatCount(scenario.tokens),
  });
  const fits = a.memory.fits;
  const columns: TableColumn<FamilyRow>[] = [
    { id: 'family', header: tableText.family, rowHeader: true, align: 'start', sortable: false, value: (r) => `${r.best ? '★ ' : ''}${t(familyChoice[r.family])}` },
    { id: 'signal', header: tableText.signal, align: 'start', sortable: false, value: (r) => t(signalText(r, a, ridge.result.value)) },
    { id: 'techniques', header: tableText.techniques, align: 'start', sortable: false, value: (r) => t(familyWords[r.family].techniques) },
    { id: 'effect', header: tableText.effect, align: 'start', sortable: false,
      value: (r) => (onStage && r.remedy !== null && fits ? t(tableText.effectWith({ effect: t(effectText(r, a)), remedy: t(remedyText[r.remedy.id]) })) : t(effectText(r, a))) },
    ...(onStage ? [] : [
      { id: 'remedy', header: tableText.remedy, align: 'start' as const, sortable: false, value: (r: FamilyRow) => (r.remedy === null ? '—' : t(remedyText[r.remedy.id])) },
      { id: 'time', header: tableText.remedyTime, unit: text.ms, sortable: false, value: (r: FamilyRow) => (r.remedy?.seconds == null || !fits ? '—' : formatNumber(r.remedy.seconds * 1e3)) },
      { id: 'mem', header: tableText.remedyMemory, align: 'start' as const, sortable: false,
        value: (r: FamilyRow) => (r.remedy?.memory == null ? '—' : t(r.remedy.memory.fits ? text.freeOk(gib(r.remedy.memory.free)) : text.overBy(gib(-r.remedy.memory.free)))) },
    ]),
    { id: 'cost', header: tableText.cost, align: 'start', sortable: false, value: (r) => t(familyWords[r.family].cost) },
    { id: 'where', header: tableText.where, align: 'start', sortable: false, value: (r) => t(familyWords[r.family].where) },
  ];
  const bestRow = rows.find((r) => r.best);
  const readouts = (
    <Stat
      label={text.best} value={a.bestSpeedup} emphasis
      format={(v) => `${t(familyChoice[a.bestFamily])} ${formatRatio(v)}`}
      derivation={bestRow ? speedup[bestRow.family] ?? undefined : undefined}
      error={fits ? undefined : text.baselineNoFit}
    />
  );
  const moreReadouts = (
    <>
      <Stat label={tableText.stepTime} value={a.step.seconds} format={ms} derivation={split} error={fits ? undefined : text.baselineNoFit} />
      <Stat label={tableText.ridge(a.step.precision.toUpperCase())} value={ridge.result.value} format={(v) => `${formatNumber(v)} FLOP/B`} derivation={ridge} />
      <Stat label={tableText.free} value={a.memory.free} format={(v) => t(v >= 0 ? text.freeOk(gib(v)) : text.overBy(gib(-v)))} derivation={fit} quantity={{ bytes: 'GiB' }} />
      {fits && rows.filter((r) => r.remedy !== null).map((r) => (
        <Stat key={r.family} label={tableText.familyStat(t(familyChoice[r.family]))} value={r.remedy!.speedup as number} format={formatRatio} derivation={speedup[r.family] ?? undefined} />
      ))}
    </>
  );
  const chart = (
    <>
      <LiveTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.family} highlightKey={bestRow?.family ?? null} dense={!onStage} />
      <p className="bc-table-note">{t(fits ? tableText.note : tableText.noFitNote)}</p>
    </>
  );
  return <SimFrame stage="top" controls={controls} moreControls={moreControls} readouts={readouts} moreReadouts={moreReadouts} chart={chart} />;
}
