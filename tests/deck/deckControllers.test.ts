import { describe, expect, it } from 'vitest';
import { isPrintView, printUrl } from '../../src/deck/controllers/print.ts';
import { LANDSCAPE, PORTRAIT, logicalSizeFor } from '../../src/deck/controllers/viewport.ts';

describe('print', () => {
  it('printUrl keeps the path, adds print-pdf and the language, drops the hash', () => {
    const url = new URL(printUrl('https://host.example/courses/deck/?lang=zh&x=1#/memory-basics', 'en'));
    expect(url.pathname).toBe('/courses/deck/');
    expect(url.search.startsWith('?print-pdf&')).toBe(true);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('x')).toBe('1');
    expect(url.hash).toBe('');
  });

  it('isPrintView recognises the flag only as a whole parameter', () => {
    expect(isPrintView('?print-pdf')).toBe(true);
    expect(isPrintView('?lang=en&print-pdf')).toBe(true);
    expect(isPrintView('?lang=en')).toBe(false);
    expect(isPrintView('?noprint-pdfx')).toBe(false);
  });
});

describe('logicalSizeFor', () => {
  it('uses the 16:9 slide for landscape and square-ish windows', () => {
    expect(logicalSizeFor(1280, 720)).toBe(LANDSCAPE);
    expect(logicalSizeFor(800, 800)).toBe(LANDSCAPE);
  });
  it('uses the tall slide for a phone held upright', () => {
    expect(logicalSizeFor(390, 844)).toBe(PORTRAIT);
  });
});
