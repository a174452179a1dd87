import { describe, expect, it } from 'vitest';
import { layoutRooflineChart, rooflineHeightForLabels } from './layout.ts';

const base = {
  width: 1000, height: 500, xTitle: 'I', yTitle: 'P', xFormat: String, yFormat: String,
  points: [{ id: 'a', x: 1, y: 2e12 }, { id: 'b', x: 1000, y: 312e12 }],
};

describe('layoutRooflineChart', () => {
  it('puts the ridge at peak / (k · bandwidth) and the point under the roof', () => {
    const l = layoutRooflineChart({ ...base, roofs: [{ id: 'r', label: 'r', peak: 312e12, bandwidth: 2.039e12 }] });
    expect(l.roofs[0]!.ridgeX).toBeCloseTo(312 / 2.039, 6);
    expect(l.points[0]!.y).toBeGreaterThanOrEqual(l.roofs[0]!.ridge.y);
  });
  it('halves the ridge on the TPU paper axis (slopeFactor 2)', () => {
    const l = layoutRooflineChart({ ...base, roofs: [{ id: 'tpu', label: 'tpu', peak: 92e12, bandwidth: 34e9, slopeFactor: 2 }] });
    expect(Math.round(l.roofs[0]!.ridgeX)).toBe(1353);
  });
  it('never yields NaN coordinates for empty points', () => {
    const l = layoutRooflineChart({ ...base, points: [], roofs: [{ id: 'r', label: 'r', peak: 1e12, bandwidth: 1e11 }] });
    expect(l.roofs[0]!.path).not.toMatch(/NaN/);
  });
  it('needs no height for one roof or equal peaks', () => {
    expect(rooflineHeightForLabels([{ id: 'r', label: 'r', peak: 1e12, bandwidth: 1e11 }], base.points)).toBe(0);
    expect(rooflineHeightForLabels([{ id: 'a', label: 'a', peak: 1e12, bandwidth: 1e11 }, { id: 'b', label: 'b', peak: 1e12, bandwidth: 2e11 }], [])).toBe(0);
  });
});
