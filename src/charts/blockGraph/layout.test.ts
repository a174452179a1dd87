import { describe, expect, it } from 'vitest';
import { layoutBlockGraph, type GraphNodeInput } from './layout.ts';

const ids = ['in', 'n1', 'qkv', 'qk', 'sm', 'pv', 'o', 'a1', 'n2', 'gate', 'up', 'act', 'down', 'a2', 'out'];
const nodes: GraphNodeInput[] = ids.map((id) => ({ id, label: id, lane: id === 'up' ? 1 : 0 }));
const edges = ids.slice(1).map((id, i) => ({ id: `e${i}`, from: ids[i]!, to: id, label: '1 MiB', removed: false }));

describe('layoutBlockGraph', () => {
  it('keeps every box inside a short chart by shrinking the gaps, not the text', () => {
    const l = layoutBlockGraph({ width: 1180, height: 300, nodes, edges, wrapAfter: 8, fontSize: 19 });
    for (const n of l.nodes) {
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height).toBeLessThanOrEqual(300);
    }
    expect(Math.min(...l.nodes.map((n) => n.fontSize))).toBeGreaterThanOrEqual(15);
  });

  it('lays out a tall chart with the natural gaps', () => {
    const tall = layoutBlockGraph({ width: 1180, height: 600, nodes, edges, wrapAfter: 8, fontSize: 19 });
    const n1 = tall.nodes.find((n) => n.id === 'n1')!;
    expect(n1.height).toBeCloseTo(19 * 2.4);
    expect(n1.y).toBeCloseTo(12 + 19 * 3.2);
  });
});
