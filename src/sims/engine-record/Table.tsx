/**
 * The engine against the record: every public measurement beside the
 * engine's ideal bound and realistic estimate (servingThroughput at the
 * row's deployment), measured ÷ bound, and whether the bound holds and the
 * realistic estimate lands within the calibration's tolerance — marks in
 * words, not colour. Stage: six rows of both kinds, the headline counts and
 * the chosen row's ideal and realistic figures with their derivations.
 * Explore: every row and column (software, compute precision, the prompt
 * length behind the ideal), sortable and exportable; under the table the
 * rows left out of the calibration with their reasons, what each prompt
 * basis means, and the full citations.
 */
import { recordServing, type RecordComparison } from '../../engine/index.ts';
import { cite, formatCount, formatPercent, formatSeconds, useText, type Text } from '../../i18n/index.ts';
import { INPUT_BASIS_TEXT, RECORD_EXCLUSION_TEXT, RECORD_METRIC_TEXT } from '../../i18n/engine/record.ts';
import { LiveTable, Notice, Select, SimFrame, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import type { Inputs } from './inputs.ts';
import {
  boundText, concurrencyLabel, formatMetric, inOutLabel, modelLabel, precisionLabel, precisionShort, shortCite, speedShare, STAGE_ROWS,
  systemLabel, theRecord, withinText,
} from './rows.ts';
import { text } from './text.ts';

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t, lang } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => {
    const { comparisons, summary } = theRecord();
    const selected = comparisons.find((c) => c.row.id === s.selected) ?? (comparisons[0] as RecordComparison);
    return {
      comparisons, summary, selected,
      ideal: recordServing(selected, 'ideal'),
      realistic: selected.realistic === null ? null : recordServing(selected, 'realistic'),
    };
  }, [s.selected]);

  const optionRows = (rows: readonly RecordComparison[]) => rows.map((c) => ({
    value: c.row.id,
    label: text.selectedLabel(modelLabel(c), systemLabel(c), text.metricShort[c.row.metric], inOutLabel(c)),
  }));

  if (!result.ok) {
    return <SimFrame stage="top" controls={<Select {...bind('selected')} options={[]} />} chart={<Notice kind="error" text={result.error} />} />;
  }
  const { comparisons, summary, selected, ideal, realistic } = result.value;
  const tol = formatPercent(summary.tolerance);
  const stageRows = comparisons.filter((c) => STAGE_ROWS.includes(c.row.id) || c.row.id === selected.row.id);
  const rows = onStage ? stageRows : comparisons;

  const metricValue = (c: RecordComparison, v: number) => formatMetric(c.row.metric, v, lang);
  const columns: TableColumn<RecordComparison>[] = [
    { id: 'system', header: text.system, rowHeader: true, align: 'start', noWrap: true, value: systemLabel },
    ...(onStage ? [] : [{ id: 'software', header: text.software, align: 'start' as const, value: (c: RecordComparison) => c.row.software }]),
    {
      id: 'model', header: text.model, align: 'start', noWrap: onStage,
      value: (c) => (onStage || c.row.modelAs === undefined ? modelLabel(c) : modelLabel(c) + t(text.asModel(c.row.modelAs))),
    },
    {
      id: 'precision', header: text.precision, unit: onStage ? text.precisionUnit : undefined, align: 'start', noWrap: true,
      value: (c) => (onStage ? precisionShort(c) : precisionLabel(c, lang)),
    },
    ...(onStage ? [] : [{ id: 'compute', header: text.compute, align: 'start' as const, value: (c: RecordComparison) => c.row.computePrecision.toUpperCase() }]),
    { id: 'inOut', header: text.inOut, unit: 'tokens', noWrap: true, sortable: false, value: inOutLabel },
    { id: 'concurrency', header: text.concurrency, value: (c) => c.row.concurrency ?? 0, format: (_v, c) => concurrencyLabel(c, lang) },
    { id: 'metric', header: text.metric, align: 'start', noWrap: true, value: (c) => t(onStage ? text.metricShort[c.row.metric] : RECORD_METRIC_TEXT[c.row.metric]) },
    { id: 'measured', header: text.measured, noWrap: true, value: (c) => c.row.measured, format: (v, c) => metricValue(c, v as number) },
    { id: 'source', header: text.source, align: 'start', noWrap: true, value: (c) => shortCite(c.row.source) },
    { id: 'ideal', header: text.ideal, noWrap: true, value: (c) => c.ideal, format: (v, c) => metricValue(c, v as number) },
    { id: 'realistic', header: text.realistic, noWrap: true, value: (c) => c.realistic ?? Number.NaN, format: (v, c) => (c.realistic === null ? '—' : metricValue(c, v as number)) },
    { id: 'ratio', header: text.ratio, unit: onStage ? undefined : text.ratioUnit, value: (c) => c.measuredOverIdeal, format: (v) => (v as number).toFixed(2) },
    { id: 'bound', header: text.boundHolds, align: 'start', noWrap: !onStage, value: (c) => t(boundText(c)) },
    { id: 'within', header: text.within(tol), align: 'start', noWrap: true, value: (c) => t(withinText(c, summary.tolerance)) },
    ...(onStage ? [] : [
      {
        id: 'basis', header: text.basis, unit: 'tokens', align: 'start' as const, noWrap: true,
        value: (c: RecordComparison) => `${formatCount(c.inputTokens)} · ${t(text.basisShort[c.inputBasis])}`,
      },
    ]),
  ];

  const controls = <Select {...bind('selected')} options={optionRows(onStage ? stageRows : comparisons)} />;
  const moreControls = <SimReset onReset={sim.reset} />;

  // The selected row's figures: a decode rate shows the TPOT it inverts (the derivation's result).
  const decodeRate = selected.row.metric === 'decodeTokensPerSecond';
  const formatDerived = (v: number) => (decodeRate ? formatSeconds(v, 'ms') : metricValue(selected, v));
  const readouts = (
    <>
      <Stat label={text.bounded} value={summary.bounded} format={(v) => text.of(v, summary.rows)} emphasis />
      <Stat label={text.calibrated(tol)} value={summary.withinTolerance} format={(v) => text.of(v, summary.calibrated)} />
      <Stat label={decodeRate ? text.idealTpot : text.idealOf} value={ideal.derivedValue} format={formatDerived} derivation={ideal.derivation} source={cite(ideal.derivation.source)} />
      {realistic === null
        ? <p className="er-no-realistic">{t(text.noRealistic)}</p>
        : <Stat label={decodeRate ? text.realisticTpot : text.realisticOf} value={realistic.derivedValue} format={formatDerived} derivation={realistic.derivation} source={cite(realistic.derivation.source)} />}
    </>
  );
  const moreReadouts = (
    <>
      <Stat label={text.excludedCount} value={summary.excluded} format={(v) => text.of(v, summary.rows)} />
      <Stat label={text.boundOnlyCount} value={summary.boundOnly} format={(v) => text.of(v, summary.rows)} />
    </>
  );

  const known = comparisons.filter((c) => c.row.inputTokens !== null);
  const shares = known.map(speedShare);
  const takeaway: Text = text.takeaway({
    lo: formatPercent(Math.min(...shares), 2), hi: formatPercent(Math.max(...shares), 2), tol,
  });

  const sourceKeys = [...new Set(comparisons.map((c) => c.row.source))];
  const excluded = comparisons.filter((c) => c.row.realistic !== true);
  const details = (
    <>
      <section className="er-sources">
        <h4 className="er-heading" aria-level={3}>{t(text.excludedHeading)}</h4>
        <ul>
          {excluded.map((c) => (
            <li key={c.row.id}>
              <strong>{`${modelLabel(c)} · ${systemLabel(c)} · ${t(text.metricShort[c.row.metric])} · ${inOutLabel(c)}`}</strong>
              {`: ${c.row.realistic === true ? '' : t(RECORD_EXCLUSION_TEXT[c.row.realistic.excluded])}`}
            </li>
          ))}
        </ul>
      </section>
      <section className="er-sources">
        <h4 className="er-heading" aria-level={3}>{t(text.basis)}</h4>
        <ul>
          {(['published', 'datasetLongest', 'breakEven'] as const).map((b) => (
            <li key={b}><strong>{t(text.basisShort[b])}</strong>: {t(INPUT_BASIS_TEXT[b])}</li>
          ))}
        </ul>
      </section>
      <section className="er-sources">
        <h4 className="er-heading" aria-level={3}>{t(text.sourcesHeading)}</h4>
        <ul>
          {sourceKeys.map((key) => <li key={key}><strong>{shortCite(key)}</strong>: {cite(key)}</li>)}
        </ul>
      </section>
    </>
  );

  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={
        <>
          <div className="er-table">
            <LiveTable caption={text.caption} columns={columns} rows={rows} rowKey={(c) => c.row.id} highlightKey={selected.row.id} dense />
          </div>
          {onStage && <p className="er-note">{t(text.stageCaption(comparisons.length))}</p>}
        </>
      }
      readouts={readouts}
      moreReadouts={moreReadouts}
      takeaway={takeaway}
      details={details}
    />
  );
}
