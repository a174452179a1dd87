import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceRidge, getHardware, TPU_PAPER_DEVICES, tpuPaperPoints } from '../../engine/index.ts';
import { layoutRooflineChart, rooflineHeightForLabels, type RoofInput, type RooflinePointInput } from './layout.ts';
import { textBox } from '../labelPlacement.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { placeRooflineLabels, type RooflineLabels } from './labels.ts';
import type { Rect } from '../theme.ts';
import { tickSi } from '../tickFormat.ts';

const SIZES = { roof: 17, ridge: 16, point: 16 };
// As the simulator draws them: SI ticks on the y axis ("100 Tops/s"), plain numbers on the x axis.
const axes = { xTitle: 'I', yTitle: 'P', xFormat: String, yFormat: tickSi('ops/s') };

/** The boxes the placed labels cover. */
function labelBoxes(labels: RooflineLabels, texts: { roofs: readonly string[]; ridges: readonly string[]; points: ReadonlyMap<string, string> }): Rect[] {
  const boxes: Rect[] = [];
  const add = (x: number, y: number, anchor: 'start' | 'middle' | 'end', text: string, size: number) => {
    const b = textBox(x, y, anchor, estimateTextWidth(text, size), size);
    boxes.push({ x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 });
  };
  labels.roofs.forEach((l, i) => add(l.x, l.y, l.anchor, texts.roofs[i] ?? '', SIZES.roof));
  labels.ridges.forEach((l, i) => { if (l) add(l.x, l.y, l.anchor, texts.ridges[i] ?? '', SIZES.ridge); });
  for (const [id, l] of labels.points) add(l.x, l.y, l.anchor, texts.points.get(id) ?? '', SIZES.point);
  return boxes;
}

function place(width: number, height: number, roofs: readonly RoofInput[], points: readonly RooflinePointInput[], texts: { ridges: string[]; points: Map<string, string> }) {
  const layout = layoutRooflineChart({ ...axes, width, height, roofs, points });
  const labels = placeRooflineLabels({
    layout, width, height,
    roofLabels: roofs.map((r) => r.label), roofFontSize: SIZES.roof,
    ridgeLabels: texts.ridges, ridgeFontSize: SIZES.ridge,
    pointLabels: texts.points, pointFontSize: SIZES.point,
  });
  const boxes = labelBoxes(labels, { roofs: roofs.map((r) => r.label), ridges: texts.ridges, points: texts.points });
  return { layout, labels, boxes };
}

const overlaps = (a: Rect, b: Rect) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
const pairsOverlapping = (boxes: readonly Rect[]) => boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map(() => i));

/** Jouppi et al. 2017 Figs. 5–7 as the roofline simulator draws them: three roofs, six apps bound and measured. */
function tpuPaper(width: number) {
  const devices = TPU_PAPER_DEVICES.map((d) => ({ id: d.id, hw: getHardware(d.id), ridge: deviceRidge(getHardware(d.id)) }));
  const roofs = devices.map((d) => ({
    id: d.id, label: `${d.id.split('-')[0]} ${(d.hw.denseFlopsPerSec[d.ridge.precision]! / 1e12).toFixed(1)} Tops/s`,
    peak: d.hw.denseFlopsPerSec[d.ridge.precision]!, bandwidth: d.hw.memoryBandwidthBytesPerSec, slopeFactor: d.ridge.flopsPerMac,
  }));
  const tpu = tpuPaperPoints('tpu-v1');
  const points = [
    ...tpu.map((p) => ({ id: `bound:${p.app.id}`, x: p.macsPerWeightByte, y: p.boundOpsPerSec })),
    ...tpu.map((p) => ({ id: `measured:${p.app.id}`, x: p.macsPerWeightByte, y: p.measuredOpsPerSec! })),
  ];
  // Under 700 px the simulator leaves the ridge values to its readouts (as Figure.tsx does).
  const ridges = devices.map((d) => (width < 700 ? '' : `${d.id.split('-')[0]} I* = ${d.ridge.macsPerByte.toFixed(1)} MAC/B (${d.ridge.precision})`));
  const labelled = new Map(tpu.map((p) => [`measured:${p.app.id}`, p.app.id]));
  return { roofs, points, ridges, labelled };
}

describe('placeRooflineLabels', () => {
  // 760×420: the stage's chart; 500×360: explore's at 1280×720, where twelve markers crowd a 300 px plot.
  it.each([[760, 420, true], [500, 360, false]])('TPU paper at %i×%i: no label covers another, all stay in the drawing (and none covers a marker: %s)', (width, height, clearOfMarkers) => {
    const d = tpuPaper(width);
    const { layout, boxes } = place(width, height, d.roofs, d.points, { ridges: d.ridges, points: d.labelled });
    expect(boxes).toHaveLength(3 + (width < 700 ? 0 : 3) + 6);
    expect(pairsOverlapping(boxes)).toEqual([]);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(width);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(height);
      if (!clearOfMarkers) continue;
      for (const p of layout.points) {
        const marker = { x: p.x - 8, y: p.y - 8, width: 16, height: 16 };
        expect(overlaps(b, marker), `label box at ${b.x.toFixed(0)},${b.y.toFixed(0)} covers point ${p.id}`).toBe(false);
      }
    }
  });

  it('two roofs with almost the same peak get labels a line apart', () => {
    const roofs = [{ id: 'a', label: 'a 312', peak: 312e12, bandwidth: 2e12 }, { id: 'b', label: 'b 320', peak: 320e12, bandwidth: 2e12 }];
    const { boxes } = place(1000, 500, roofs, [], { ridges: [], points: new Map() });
    expect(pairsOverlapping(boxes)).toEqual([]);
  });

  it('at rooflineHeightForLabels every roof label sits at the right end of its own roof', () => {
    const roofsArb = fc.uniqueArray(fc.double({ min: 11, max: 16, noNaN: true }), { minLength: 2, maxLength: 6, comparator: (a, b) => Math.abs(a - b) < 0.08 })
      .map((logs) => logs.map((l, i) => ({ id: `r${i}`, label: `r${i} peak`, peak: 10 ** l, bandwidth: 2e12 })));
    fc.assert(fc.property(roofsArb, (roofs) => {
      const points = [{ id: 'a', x: 1e-3, y: 1e9 }];
      // The simulator never draws a roofline under 300 px (the smallest explore chart).
      const height = Math.max(300, rooflineHeightForLabels(roofs, points));
      const { layout, labels } = place(1000, height, roofs, points, { ridges: [], points: new Map() });
      labels.roofs.forEach((l, i) => {
        expect(l.anchor).toBe('end');
        expect(l.y).toBeCloseTo(layout.roofs[i]!.ridge.y - 8, 6);
      });
    }), { numRuns: 200 });
  });

  it('the A100’s five peaks (2× apart) need more than 300 px; at 288 px some label has to leave its roof’s end', () => {
    const roofs = [19.5e12, 156e12, 312e12, 624e12, 1248e12].map((peak, i) => ({ id: `p${i}`, label: `P${i} ${peak / 1e12} TFLOP/s`, peak, bandwidth: 2.039e12 }));
    const points = [{ id: 'q', x: 1, y: 2e12 }, { id: 'l', x: 0.2, y: 0.4e12 }];
    expect(rooflineHeightForLabels(roofs, points)).toBeGreaterThan(300);
    const short = place(480, 288, roofs, points, { ridges: [], points: new Map() });
    expect(short.labels.roofs.some((l, i) => l.anchor !== 'end' || Math.abs(l.y - (short.layout.roofs[i]!.ridge.y - 8)) > 0.5)).toBe(true);
    expect(pairsOverlapping(short.boxes)).toEqual([]);
  });
});
