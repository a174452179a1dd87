/**
 * Paper reproductions: each cited work's headline number (as printed) beside
 * the engine's value for the same setting and the relative error, with the
 * check the row is held to in words and a link to the simulator slide that
 * shows the number live. Stage: the rows of the chosen thread, how many
 * hold, the takeaway. Explore adds how the engine computed each value, where
 * a gap comes from and the full citations.
 */
import { paperReproductions, REPRODUCTION_SETTINGS, type PaperReproduction } from '../../engine/index.ts';
import { citeShort } from '../../i18n/cite.ts';
import { cite, formatCount, formatNumber, formatPercent, formatRatio, useText, type Bilingual } from '../../i18n/index.ts';
import { LiveTable, Notice, Segmented, SimFrame, Stat, type TableColumn } from '../../ui/index.ts';
import type { SimViewProps } from '../_protocol/defineSim.tsx';
import { useEngine } from '../_protocol/useEngine.ts';
import { SimReset } from '../_shared/SimReset.tsx';
import { AREAS, type AreaFilter, type Inputs } from './inputs.ts';
import { REPRODUCTION_SLIDES, slideHref } from './links.ts';
import { AREA_TEXT, GAP, QUANTITY, QUANTITY_SHORT, SETTING, SLIDE_LABELS, text, WHERE } from './text.ts';

const GB = 1e9;

/** A value in the row's unit, as the paper prints it. */
export function formatValue(r: PaperReproduction, v: number): string {
  switch (r.unit) {
    case 'ratio': return formatRatio(v, 4);
    case 'macsPerByte': return `${formatNumber(v, 4)} MAC/B`;
    case 'fraction': return formatPercent(v, 3);
    case 'count': return formatCount(v);
    case 'bytesPerSecond': return `${formatNumber(v / GB, 5)} GB/s`;
    case 'bytes': return `${formatNumber(v / GB, 3)} GB`;
  }
}

export function formatError(fraction: number): string {
  const percent = formatPercent(fraction, 2);
  return fraction > 0 && percent !== '0%' ? `+${percent}` : percent;
}

/** The check a row is held to and whether it holds; `short` is the stage's form (a row that fails keeps its long wording). */
export function checkText(r: PaperReproduction, short = false): Bilingual {
  if (r.check.kind === 'engineAtMost') return r.holds ? (short ? text.atMostShort : text.atMost) : text.notAtMost;
  if (r.check.tolerance === 0) return r.holds ? (short ? text.exactShort : text.exact) : text.notExact;
  const tol = formatPercent(r.check.tolerance, 2);
  return r.holds ? (short ? text.withinShort(tol) : text.within(tol)) : text.outside(tol);
}

export function Table({ state: s, bind, sim, view }: SimViewProps<Inputs>) {
  const { t } = useText();
  const onStage = view === 'stage';
  const result = useEngine(() => paperReproductions(), []);

  const controls = (
    <Segmented<AreaFilter> {...bind('area')} options={AREAS.map((a) => ({ value: a, label: text[a] }))} />
  );
  const moreControls = <SimReset onReset={sim.reset} />;
  if (!result.ok) return <SimFrame stage="top" controls={controls} moreControls={moreControls} chart={<Notice kind="error" text={result.error} />} />;

  const all = result.value;
  const rows = all.filter((r) => s.area === 'all' || r.area === s.area);
  const v = REPRODUCTION_SETTINGS.vllm;
  const f = REPRODUCTION_SETTINGS.flashAttention;
  const n = REPRODUCTION_SETTINGS.ncclTests;
  const m = REPRODUCTION_SETTINGS.megatron;
  const quantity = (r: PaperReproduction) => (onStage ? QUANTITY_SHORT : QUANTITY)[r.id]({
    maxLength: v.maxLength, blockTokens: v.blockTokens, precision: (r.precision ?? '').toUpperCase(), ranks: n.ranks, tp: m.tp,
  });
  const setting = (r: PaperReproduction) => SETTING[r.id]({
    promptTokens: v.promptTokens, outputTokens: v.outputTokens, maxLength: v.maxLength, blockTokens: v.blockTokens,
    seqLen: f.seqLen, headDim: f.headDim, heads: f.heads, batch: f.batch, sramKiB: f.sramBytes / 1024, tp: m.tp, ranks: n.ranks,
    micros: formatCount(n.seconds * 1e6), model: m.model,
  });
  const engineText = (r: PaperReproduction) => {
    const value = formatValue(r, r.engine);
    return onStage || r.engineFlopsPerByte === undefined ? value : `${value} ${t(text.ridgeFlops(formatNumber(r.engineFlopsPerByte, 4), (r.precision ?? '').toUpperCase()))}`;
  };
  const paperText = (r: PaperReproduction) => {
    const value = formatValue(r, r.published);
    return onStage || r.publishedFlopsPerByte === undefined ? value : `${value} ${t(text.ridgeFlops(formatNumber(r.publishedFlopsPerByte, 4), (r.precision ?? '').toUpperCase()))}`;
  };

  const columns: TableColumn<PaperReproduction>[] = [
    { id: 'work', header: text.work, rowHeader: true, align: 'start', noWrap: true, value: (r) => `${citeShort(r.source)} · ${t(WHERE[r.id])}` },
    ...(onStage ? [] : [{ id: 'area', header: text.areaColumn, align: 'start' as const, value: (r: PaperReproduction) => t(AREA_TEXT[r.area]) }]),
    { id: 'quantity', header: text.quantity, align: 'start', noWrap: onStage, value: (r) => t(quantity(r)) },
    { id: 'paper', header: text.paper, noWrap: true, sortable: false, value: paperText },
    { id: 'engine', header: text.engine, noWrap: true, sortable: false, value: engineText },
    { id: 'error', header: text.error, noWrap: true, value: (r) => r.relativeError, format: (x) => formatError(x as number) },
    { id: 'check', header: text.check, align: 'start', noWrap: true, value: (r) => t(checkText(r, onStage)) },
    ...(onStage ? [] : [
      { id: 'setting', header: text.setting, align: 'start' as const, sortable: false, value: (r: PaperReproduction) => t(setting(r)) },
      { id: 'gap', header: text.gap, align: 'start' as const, sortable: false, value: (r: PaperReproduction) => t(GAP[r.id]) },
    ]),
    {
      id: 'slide', header: text.shownOn, align: 'start', noWrap: true, sortable: false,
      value: (r) => t(SLIDE_LABELS[REPRODUCTION_SLIDES[r.id]]), href: (r) => slideHref(REPRODUCTION_SLIDES[r.id]),
    },
  ];

  const holding = rows.filter((r) => r.holds).length;
  const readouts = <Stat label={text.reproduced} value={holding} format={(x) => `${x} / ${rows.length}`} emphasis />;
  const sourceKeys = [...new Set(all.map((r) => r.source))];
  const details = (
    <section className="pr-sources">
      <h4 className="pr-heading" aria-level={3}>{t(text.sourcesHeading)}</h4>
      <ul>{sourceKeys.map((key) => <li key={key}>{cite(key)}</li>)}</ul>
    </section>
  );

  return (
    <SimFrame
      stage="top"
      controls={controls}
      moreControls={moreControls}
      chart={
        <>
          <LiveTable caption={text.caption} columns={columns} rows={rows} rowKey={(r) => r.id} dense />
          {onStage && <p className="pr-note">{t(text.stageNote)}</p>}
        </>
      }
      readouts={readouts}
      takeaway={text.takeaway}
      details={details}
    />
  );
}

