import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paperReproductions } from '../../engine/index.ts';
import { LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import PaperReproductions from './index.tsx';
import { REPRODUCTION_SLIDES } from './links.ts';
import { formatError, formatValue } from './Table.tsx';

const show = (view: 'stage' | 'explore', lang: 'zh' | 'en' = 'en', preset: Record<string, string> = {}) =>
  render(<LangContext value={lang}><SimViewContext value={view}><PaperReproductions preset={preset} /></SimViewContext></LangContext>);

const all = paperReproductions();
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const column = (name: RegExp) => within(screen.getByRole('table')).getAllByRole('columnheader').findIndex((h) => name.test(h.textContent ?? ''));
const cell = (row: HTMLElement, index: number) => row.querySelectorAll('th, td')[index]?.textContent ?? '';

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
}, 30_000);

describe('paper-reproductions', () => {
  it('every row\'s paper, engine and relative-error cells are paperReproductions()\'s, in its order', () => {
    show('stage');
    const rows = bodyRows();
    expect(rows).toHaveLength(all.length);
    const [paper, engine, error] = [column(/^Paper/), column(/^Engine/), column(/^Relative error/)];
    all.forEach((r, i) => {
      const row = rows[i] as HTMLElement;
      expect(cell(row, paper)).toBe(formatValue(r, r.published));
      expect(cell(row, engine)).toBe(formatValue(r, r.engine));
      expect(cell(row, error)).toBe(formatError(r.relativeError));
    });
  }, 30_000);

  it('the headline count is the rows whose check holds', () => {
    show('stage');
    const stat = screen.getByText('Reproductions that hold').parentElement as HTMLElement;
    expect(stat.textContent).toContain(`${all.filter((r) => r.holds).length} / ${all.length}`);
  }, 30_000);

  it('filtering to communication shows only its rows and recounts', () => {
    show('stage');
    fireEvent.click(screen.getByRole('radio', { name: /Communication/ }));
    const comm = all.filter((r) => r.area === 'communication');
    expect(bodyRows()).toHaveLength(comm.length);
    expect((screen.getByText('Reproductions that hold').parentElement as HTMLElement).textContent).toContain(`${comm.filter((r) => r.holds).length} / ${comm.length}`);
  }, 30_000);

  it('an area= preset filters the placement', () => {
    show('stage', 'en', { area: 'memory' });
    expect(bodyRows()).toHaveLength(all.filter((r) => r.area === 'memory').length);
  }, 30_000);

  it('each row links to the slide that shows its number', () => {
    show('stage');
    const rows = bodyRows();
    all.forEach((r, i) => {
      expect(within(rows[i] as HTMLElement).getByRole('link').getAttribute('href')).toBe(`#/${REPRODUCTION_SLIDES[r.id]}`);
    });
  }, 30_000);

  it('explore adds the setting and the gap and lists every source; ridge rows give FLOP/B too', () => {
    show('explore');
    expect(column(/^Setting/)).toBeGreaterThan(0);
    expect(column(/^Where a gap comes from/)).toBeGreaterThan(0);
    const tpu = all.find((r) => r.id === 'tpu-ridge-tpu');
    expect(screen.getByText(new RegExp(`${formatValue(tpu!, tpu!.engine)} = `))).toBeInTheDocument();
    expect(screen.getByText('Sources (with the place in each)')).toBeInTheDocument();
  }, 30_000);

  it('zh: the interface is Chinese', () => {
    show('stage', 'zh');
    expect(screen.getByText('复现成立')).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent).join(' ')).not.toMatch(/Paper|Engine|Check/);
  }, 30_000);
});
