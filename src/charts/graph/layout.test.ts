import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout.ts';

const chain = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, deps: i === 0 ? [] : [`n${i - 1}`] }));

describe('layoutGraph', () => {
  it('places a dependent node right of its producer within a band', () => {
    const l = layoutGraph({ width: 1000, height: 400, bands: 3, nodes: chain, edges: [], groups: [] });
    expect(l.nodes.get('n1')!.x).toBeGreaterThan(l.nodes.get('n0')!.x);
  });
  it('wraps a long chain into the requested number of bands', () => {
    const l = layoutGraph({ width: 1000, height: 400, bands: 3, nodes: chain, edges: [], groups: [] });
    expect(new Set([...l.nodes.values()].map((r) => Math.round(r.y))).size).toBe(3);
  });
  it('keeps every node inside the drawing', () => {
    const l = layoutGraph({ width: 1000, height: 400, bands: 3, nodes: chain, edges: [], groups: [] });
    for (const r of l.nodes.values()) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(1000);
      expect(r.y + r.height).toBeLessThanOrEqual(400);
    }
  });
  it('draws one hull per band a fused group spans', () => {
    const l = layoutGraph({ width: 1000, height: 400, bands: 3, nodes: chain, edges: [], groups: [['n3', 'n4', 'n5']] });
    expect(l.hulls.length).toBe(2);
  });
});

describe('layoutGraph with constants', () => {
  it('places a node without inputs just before its first consumer, not in the first column', () => {
    const nodes = [...chain, { id: 'k', deps: [] }, { id: 'use', deps: ['n6', 'k'] }];
    const l = layoutGraph({ width: 1200, height: 400, bands: 1, nodes, edges: [], groups: [] });
    expect(l.nodes.get('k')!.x).toBe(l.nodes.get('n6')!.x);
    expect(l.nodes.get('use')!.x).toBeGreaterThan(l.nodes.get('k')!.x);
  });
  it('keeps nodes at least 20 units tall when the rows are tight', () => {
    const wide = Array.from({ length: 8 }, (_, i) => ({ id: `w${i}`, deps: [] }));
    const l = layoutGraph({ width: 1000, height: 200, bands: 1, nodes: wide, edges: [], groups: [] });
    for (const r of l.nodes.values()) expect(r.height).toBeGreaterThanOrEqual(20);
  });
});
