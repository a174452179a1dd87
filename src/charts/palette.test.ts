import { describe, expect, it } from 'vitest';
import { markerPath } from './markers.ts';
import { roles, seriesStyle, seriesStyles } from './palette.ts';

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
});
