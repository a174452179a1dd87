import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordComparison, recordServing, recordSummary, type RecordComparison } from '../../engine/index.ts';
import { formatPercent, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import EngineRecord from './index.tsx';
import { formatMetric, STAGE_ROWS, systemLabel } from './rows.ts';

const show = (view: 'stage' | 'explore', lang: 'zh' | 'en' = 'en', preset: Record<string, string> = {}) =>
  render(<LangContext value={lang}><SimViewContext value={view}><EngineRecord preset={preset} /></SimViewContext></LangContext>);

const comparisons = recordComparison();
const summary = recordSummary(comparisons);
const byId = (id: string) => comparisons.find((c) => c.row.id === id) as RecordComparison;
const table = () => screen.getByRole('table');
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const header = (name: RegExp) => within(table()).getAllByRole('columnheader').findIndex((h) => name.test(h.textContent ?? ''));
const cell = (row: HTMLElement, column: number) => row.querySelectorAll('th, td')[column]?.textContent ?? '';
/** The body row of a comparison: its system and its measured figure (unique among the stage rows). */
const rowOf = (c: RecordComparison) => bodyRows().find((r) => cell(r, 0).includes(systemLabel(c))
  && cell(r, header(/^Measured(?! ÷)/)) === formatMetric(c.row.metric, c.row.measured, 'en')) as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
}, 30_000);

describe('engine-record', () => {
  it('stage shows the six story rows, explore every row of the record', () => {
    show('stage');
    expect(bodyRows()).toHaveLength(STAGE_ROWS.length);
  }, 30_000);

  it('explore lists every measurement', () => {
    show('explore');
    expect(bodyRows()).toHaveLength(comparisons.length);
  }, 30_000);

  it('each stage row\'s measured, ideal, realistic and ratio cells are the engine\'s', () => {
    show('stage');
    const ideal = header(/^Ideal/);
    const realistic = header(/^Realistic(?! ±)/);
    const ratio = header(/÷ bound/);
    for (const id of STAGE_ROWS) {
      const c = byId(id);
      const row = rowOf(c);
      expect(row, id).toBeDefined();
      expect(cell(row, ideal)).toBe(formatMetric(c.row.metric, c.ideal, 'en'));
      expect(cell(row, realistic)).toBe(c.realistic === null ? '—' : formatMetric(c.row.metric, c.realistic, 'en'));
      expect(cell(row, ratio)).toBe(c.measuredOverIdeal.toFixed(2));
    }
  }, 30_000);

  it('a bound-only row says up to which mean prompt the bound holds', () => {
    show('stage');
    const c = byId('mlperf41-llama2-70b-offline-8xh100');
    expect(rowOf(c).textContent).toContain(`≤\u00a0${(c.breakEvenInputTokens as number).toLocaleString('en-US')}`);
  }, 30_000);

  it('the headline counts are recordSummary\'s', () => {
    show('stage');
    expect(screen.getByText('Bound holds').parentElement?.textContent).toContain(`${summary.bounded} / ${summary.rows}`);
    const tol = formatPercent(summary.tolerance);
    expect(screen.getByText(`Realistic in ±${tol}`).parentElement?.textContent).toContain(`${summary.withinTolerance} / ${summary.calibrated}`);
  }, 30_000);

  it('the story row\'s ideal readout is recordServing\'s, and a bound-only row has no realistic estimate', () => {
    show('stage');
    const c = byId('mlperf41-llama2-70b-offline-8xh100');
    const stat = screen.getByText('Selected: ideal bound').parentElement as HTMLElement;
    expect(stat.textContent).toContain(formatMetric(c.row.metric, recordServing(c, 'ideal').derivedValue, 'en'));
    expect(stat.getAttribute('data-derivation-mismatch')).toBeNull();
    expect(screen.getByText(/a bound check only, no realistic estimate/)).toBeInTheDocument();
  }, 30_000);

  it('choosing a decode row shows its ideal and realistic TPOT, the derivations\' results', () => {
    show('stage');
    fireEvent.change(screen.getByRole('combobox', { name: 'Show the work for' }), { target: { value: 'orin-llama2-7b-mlc-decode' } });
    const c = byId('orin-llama2-7b-mlc-decode');
    const ideal = screen.getByText(/Selected: ideal TPOT/).parentElement as HTMLElement;
    const realistic = screen.getByText(/Selected: realistic TPOT/).parentElement as HTMLElement;
    expect(ideal.textContent).toContain(formatSeconds(recordServing(c, 'ideal').derivedValue, 'ms'));
    expect(realistic.textContent).toContain(formatSeconds(recordServing(c, 'realistic').derivedValue, 'ms'));
    expect(ideal.getAttribute('data-derivation-mismatch')).toBeNull();
    expect(realistic.getAttribute('data-derivation-mismatch')).toBeNull();
  }, 30_000);

  it('a row= preset selects that row; an unknown one falls back to the story row with a notice', () => {
    show('stage', 'en', { row: 'nim-llama33-70b-5000-500-c50' });
    expect((screen.getByRole('combobox', { name: 'Show the work for' }) as HTMLSelectElement).value).toBe('nim-llama33-70b-5000-500-c50');
    forgetPlacements();
    document.body.innerHTML = '';
    show('stage', 'en', { row: 'no-such-row' });
    expect((screen.getByRole('combobox', { name: 'Show the work for' }) as HTMLSelectElement).value).toBe('mlperf41-llama2-70b-offline-8xh100');
    expect(screen.getByText(/row="no-such-row" is not valid/)).toBeInTheDocument();
  }, 30_000);

  it('explore lists the excluded rows with their reasons and the full sources; zh has no English interface words', () => {
    show('explore', 'zh');
    expect(screen.getByText('不参与 ±30% 校准的行及原因')).toBeInTheDocument();
    expect(screen.getByText(/XQA/)).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent).join(' ')).not.toMatch(/Measured|Ideal|Realistic/);
  }, 30_000);
});
