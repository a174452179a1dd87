import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSource } from '../../engine/index.ts';
import { toBibtex, toBibtexList } from '../../i18n/bibtex.ts';
import { LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { referencesBibtex } from './Figure.tsx';
import ReferenceBibtex from './index.tsx';
import { LECTURE_REFERENCES } from './references.ts';

const show = (view: 'stage' | 'explore', lang: 'zh' | 'en' = 'en', preset: Record<string, string> = {}) =>
  render(<LangContext value={lang}><SimViewContext value={view}><ReferenceBibtex preset={preset} /></SimViewContext></LangContext>);
const field = (name: string) => document.querySelector(`[data-bibtex="${name}"]`) as HTMLTextAreaElement;

function mockClipboard(writeText: (s: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
}, 30_000);

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('reference-bibtex', () => {
  it('numbers the 25 references as the slides do', () => {
    expect(LECTURE_REFERENCES.map((r) => r.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(LECTURE_REFERENCES.filter((r) => r.list === 'outline')).toHaveLength(5);
  });

  it('opens on Deep Compression: the field holds toBibtex of its registry entry, read-only', () => {
    show('stage');
    expect(field('entry').value).toBe(toBibtex(getSource('han-2016-deep-compression')));
    expect(field('entry').readOnly).toBe(true);
    expect(screen.getByText('han2016deep')).toBeInTheDocument();
    expect(screen.getByText('@inproceedings')).toBeInTheDocument();
  }, 30_000);

  it('picking another reference shows its entry and key', () => {
    show('stage');
    fireEvent.change(screen.getByRole('combobox', { name: 'Reference' }), { target: { value: 'williams-2009-roofline' } });
    expect(field('entry').value).toBe(toBibtex(getSource('williams-2009-roofline')));
    expect(screen.getByText('@article')).toBeInTheDocument();
  }, 30_000);

  it('"Copy this entry" writes exactly the field\'s text to the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    mockClipboard(writeText);
    show('stage');
    fireEvent.click(screen.getByRole('button', { name: /Copy this entry/ }));
    await waitFor(() => expect(screen.getByText('Copied to the clipboard')).toBeInTheDocument());
    expect(writeText).toHaveBeenCalledWith(field('entry').value);
  }, 30_000);

  it('"Copy all 25" writes the whole list, one entry per reference, in the slides\' order', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    mockClipboard(writeText);
    show('stage');
    fireEvent.click(screen.getByRole('button', { name: /Copy all 25/ }));
    await waitFor(() => expect(screen.getByText('All 25 copied')).toBeInTheDocument());
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toBe(toBibtexList(LECTURE_REFERENCES.map((r) => getSource(r.key))));
    expect(copied.match(/^@/gm)).toHaveLength(25);
    expect(copied.indexOf('sze2017efficient')).toBeLessThan(copied.indexOf('nvidia2023nccltests'));
  }, 30_000);

  it('without a clipboard the entry is selected in the field and the message says so, in the current language', async () => {
    show('stage', 'zh');
    fireEvent.click(screen.getByRole('button', { name: /复制这一条/ }));
    await waitFor(() => expect(screen.getByText(/无法访问剪贴板/)).toBeInTheDocument());
    expect(document.activeElement).toBe(field('entry'));
  }, 30_000);

  it('explore has the whole list in a field; the outline filter leaves the five outline entries', () => {
    show('explore');
    expect(field('list').value).toBe(referencesBibtex('all'));
    fireEvent.click(screen.getByRole('radio', { name: /From the outline/ }));
    expect(field('list').value.match(/^@/gm)).toHaveLength(5);
    expect(field('list').value).toBe(referencesBibtex('outline'));
  }, 30_000);

  it('the stage has no whole-list field (it would scroll)', () => {
    show('stage');
    expect(field('list')).toBeNull();
  }, 30_000);
});
