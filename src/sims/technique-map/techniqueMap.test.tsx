import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import TechniqueMap from './index.tsx';
import { MAP_SLIDES, TECHNIQUE_IDS, TECHNIQUES, techniquesOn } from './techniques.ts';
import { TECHNIQUE_NAMES } from './text.ts';

const view = (lang: 'zh' | 'en', v: 'stage' | 'explore' = 'stage') =>
  render(<LangContext value={lang}><SimViewContext value={v}><TechniqueMap preset={{}} /></SimViewContext></LangContext>);

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('technique-map', () => {
  it('lists every technique once, with a link to #/<slide id> for each of its slides', () => {
    view('en');
    const map = screen.getByRole('navigation', { name: /From each technique/ });
    for (const x of TECHNIQUES) {
      const name = within(map).getAllByText(TECHNIQUE_NAMES[x.id].en).find((e) => e.classList.contains('tm-name'));
      const item = name?.closest('li') as HTMLElement;
      const hrefs = within(item).getAllByRole('link').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(x.slides.map((s) => `#/${s}`));
    }
    expect(within(map).getAllByRole('listitem')).toHaveLength(TECHNIQUES.length);
  });

  it('speaks Chinese in the Chinese deck: link names and labels', () => {
    view('zh');
    expect(screen.getByRole('link', { name: 'KV 分页（PagedAttention）：转到KV 分页' })).toHaveAttribute('href', '#/memory-techniques/paging');
    expect(screen.getByRole('link', { name: '权重量化：转到图3' })).toHaveAttribute('href', '#/memory-basics/compression');
  });

  it('highlighting a family dims the others, and never hides a link', () => {
    view('en');
    fireEvent.click(screen.getByRole('radio', { name: /Communication/ }));
    expect(screen.getByRole('group', { name: 'Memory (sections 2–3)' })).toHaveClass('tm-dimmed');
    expect(screen.getByRole('group', { name: 'Communication (sections 6–7)' })).not.toHaveClass('tm-dimmed');
    expect(screen.getAllByRole('link').length).toBe(TECHNIQUES.reduce((n, x) => n + x.slides.length, 0));
  });

  it('explore adds the reverse map: each simulator slide and the techniques it shows', () => {
    view('en', 'explore');
    const table = screen.getByRole('table', { name: /The other way round/ });
    expect(within(table).getAllByRole('row')).toHaveLength(MAP_SLIDES.length + 1);
    const row = within(table).getByRole('link', { name: 'Fig. 9' }).closest('tr') as HTMLElement;
    for (const x of techniquesOn('comm-basics/timeline')) expect(row.textContent).toContain(TECHNIQUE_NAMES[x.id].en);
  });

  it('the data: ids are unique, every technique is listed, every slide on the map is linked', () => {
    expect(new Set(TECHNIQUE_IDS).size).toBe(TECHNIQUE_IDS.length);
    expect(TECHNIQUES.map((x) => x.id).sort()).toEqual([...TECHNIQUE_IDS].sort());
    for (const slide of MAP_SLIDES) expect(techniquesOn(slide).length, slide).toBeGreaterThan(0);
  });
});
