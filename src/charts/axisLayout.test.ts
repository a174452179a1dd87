import { describe, expect, it } from 'vitest';
import { layoutAxis } from './axisLayout.ts';
import { makeScale } from './scales.ts';
import { chartFont } from './theme.ts';
import { estimateTextWidth } from './textWidth.ts';
import { tickBytes, tickSeconds } from './tickFormat.ts';

const plot = { x: 100, y: 20, width: 600, height: 300 };

describe('layoutAxis', () => {
  it('layoutAxis bottom places ticks along x with unit-labelled text under the plot', () => {
    const s = makeScale({ kind: 'linear', domain: [0, 40e9], range: [100, 700] });
    const a = layoutAxis(s, { orientation: 'bottom', plot, title: 'Memory', format: tickBytes('GB') });
    expect(a.ticks.map((t) => t.label)).toEqual(['0 GB', '5 GB', '10 GB', '15 GB', '20 GB', '25 GB', '30 GB', '35 GB', '40 GB']);
    expect(a.ticks[0]?.pos).toBe(100);
    expect(a.ticks.at(-1)?.pos).toBe(700);
    expect(a.labelOffset).toBeGreaterThan(plot.y + plot.height);
    expect(a.title.rotate).toBe(0);
  });

  it('layoutAxis slides a long bottom title left to end inside the chart, and keeps it centred when it fits', () => {
    const narrow = { x: 160, y: 20, width: 300, height: 300 };
    const s = makeScale({ kind: 'log', domain: [0.1, 1e4], range: [160, 460] });
    const title = 'Intensity: MAC ops per weight byte';
    const half = estimateTextWidth(title, chartFont.title) / 2;
    const slid = layoutAxis(s, { orientation: 'bottom', plot: narrow, chartWidth: 500, title });
    expect(310 + half).toBeGreaterThan(500);
    expect(slid.title.x + half).toBeLessThanOrEqual(500);
    expect(slid.title.x - half).toBeGreaterThanOrEqual(0);
    const centred = layoutAxis(s, { orientation: 'bottom', plot: narrow, chartWidth: 500, title: 'I' });
    expect(centred.title.x).toBe(310);
  });

  it('layoutAxis drops labels that would overlap but keeps their ticks', () => {
    const s = makeScale({ kind: 'linear', domain: [0, 1e-3], range: [100, 700] });
    const a = layoutAxis(s, { orientation: 'bottom', plot, title: 't', format: tickSeconds, tickCount: 10 });
    const labelled = a.ticks.filter((t) => t.label !== '');
    expect(labelled.length).toBeLessThan(a.ticks.length);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
  });

  it('layoutAxis asks a narrow plot for fewer ticks', () => {
    const s = makeScale({ kind: 'linear', domain: [0, 100], range: [0, 140] });
    const a = layoutAxis(s, { orientation: 'bottom', plot: { ...plot, x: 0, width: 140 }, title: 't', tickCount: 10 });
    expect(a.ticks.length).toBeLessThanOrEqual(3);
  });

  it('layoutAxis left runs bottom-up with a rotated title and no font below the projector minimum', () => {
    const s = makeScale({ kind: 'log', domain: [1e-3, 1], range: [320, 20] });
    const a = layoutAxis(s, { orientation: 'left', plot, title: 'Latency', format: tickSeconds, tickFontSize: 10, titleFontSize: 10 });
    expect(a.ticks.map((t) => t.label)).toEqual(['1 ms', '10 ms', '100 ms', '1 s']);
    expect(a.ticks[0]!.pos).toBeGreaterThan(a.ticks[1]!.pos);
    expect(a.title.rotate).toBe(-90);
    expect(a.tickFontSize).toBeGreaterThanOrEqual(chartFont.tick);
    expect(a.titleFontSize).toBeGreaterThanOrEqual(chartFont.title);
    expect(chartFont.tick).toBeGreaterThanOrEqual(18);
    expect(chartFont.title).toBeGreaterThanOrEqual(20);
  });
});
