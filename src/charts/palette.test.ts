import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerPath } from './markers.ts';
import { okabeIto, roles, seriesStyle, seriesStyles, textShadeOnWhite } from './palette.ts';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('palette', () => {
  it('seriesStyles differ pairwise in colour, dash and marker (nothing in colour alone)', () => {
    for (const key of ['color', 'dash', 'marker'] as const) {
      expect(new Set(seriesStyles.map((s) => s[key])).size).toBe(seriesStyles.length);
    }
  });
  it('memory-part roles differ in texture as well as colour', () => {
    const parts = [roles.weights, roles.kvCache, roles.activations, roles.overhead, roles.free];
    expect(new Set(parts.map((s) => s.pattern)).size).toBe(parts.length);
    expect(new Set(parts.map((s) => s.color)).size).toBe(parts.length);
  });
  it('every role and series ink has at least 4.5:1 contrast on its colour', () => {
    for (const s of [...Object.values(roles), ...seriesStyles]) expect(contrast(s.ink, s.color)).toBeGreaterThanOrEqual(4.5);
  });
  it('seriesStyle cycles for any index, including negative ones', () => {
    expect(seriesStyle(seriesStyles.length)).toBe(seriesStyles[0]);
    expect(seriesStyle(-1)).toBe(seriesStyles.at(-1));
  });
  it('markerPath gives a closed path for every shape and a sane size', () => {
    for (const s of seriesStyles) expect(markerPath(s.marker, 14)).toMatch(/^M[-\d.,A-Za-z ]+$/);
    expect(markerPath('circle', NaN)).not.toMatch(/NaN/);
  });

  describe('textShadeOnWhite', () => {
    const hex = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`);

    it('any colour comes back readable as text on white (≥ 4.5:1), and a colour already that dark unchanged', () => {
      fc.assert(fc.property(hex, (c) => {
        const out = textShadeOnWhite(c);
        expect(out).toMatch(/^#[0-9A-Fa-f]{6}$/);
        expect(contrast(out, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
        if (contrast(c, '#FFFFFF') >= 4.6) expect(out).toBe(c);
      }));
    });

    it('keeps the hue: darkening scales the channels together, so their order is kept', () => {
      fc.assert(fc.property(hex, (c) => {
        const ch = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
        const [a, b] = [ch(c), ch(textShadeOnWhite(c))];
        for (let i = 0; i < 3; i += 1) for (let j = 0; j < 3; j += 1) if (a[i]! > a[j]! + 8) expect(b[i]!).toBeGreaterThanOrEqual(b[j]!);
      }));
    });

    it('darkens the Okabe–Ito line colours only as far as needed (each lands between 4.5:1 and 5:1)', () => {
      for (const c of [okabeIto.vermillion, okabeIto.bluishGreen, okabeIto.orange, okabeIto.skyBlue, okabeIto.yellow]) {
        const r = contrast(textShadeOnWhite(c), '#FFFFFF');
        expect(r).toBeGreaterThanOrEqual(4.5);
        expect(r).toBeLessThan(5);
      }
    });

    it('passes through what it cannot read (a CSS keyword, a short hex)', () => {
      expect(textShadeOnWhite('currentColor')).toBe('currentColor');
      expect(textShadeOnWhite('#abc')).toBe('#abc');
    });
  });
});
