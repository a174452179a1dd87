/**
 * Layered layout of a computation graph, left to right, wrapped into bands
 * so a ~40-node transformer block stays readable on a 16:9 slide. A node's
 * column is its longest-path depth from the inputs; nodes keep their place
 * when passes remove or fuse others, so the student sees what changed.
 */
import { linkHorizontal } from 'd3';
import type { Rect } from '../theme.ts';

export interface GraphLayoutNode {
  readonly id: string;
  /** Producers this node depends on (ids of other nodes). */
  readonly deps: readonly string[];
}

export interface GraphLayoutInput {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly GraphLayoutNode[];
  readonly bands: number;
  /** Edges to draw (may differ from deps after rewiring). */
  readonly edges: readonly { readonly from: string; readonly to: string }[];
  /** Groups of node ids to enclose (fused kernels). */
  readonly groups: readonly (readonly string[])[];
}

export interface GraphLayout {
  readonly nodes: ReadonlyMap<string, Rect>;
  readonly edges: readonly { readonly from: string; readonly to: string; readonly path: string }[];
  /** One rectangle per group per band it spans. */
  readonly hulls: readonly { readonly index: number; readonly rect: Rect }[];
  readonly bandTops: readonly number[];
}

const PAD = 6;

export function layoutGraph(input: GraphLayoutInput): GraphLayout {
  const depth = new Map<string, number>();
  for (const n of input.nodes) {
    const d = Math.max(-1, ...n.deps.map((p) => depth.get(p) ?? -1)) + 1;
    depth.set(n.id, d);
  }
  // A node with no inputs (a constant, a position table) sits just before its first consumer,
  // not in the first column: the first column stays short and the drawing keeps its height.
  const firstUse = new Map<string, number>();
  for (const n of input.nodes) for (const p of n.deps) firstUse.set(p, Math.min(firstUse.get(p) ?? Infinity, depth.get(n.id)!));
  for (const n of input.nodes) {
    const use = firstUse.get(n.id);
    if (n.deps.length === 0 && use !== undefined) depth.set(n.id, Math.max(0, use - 1));
  }
  const columns = Math.max(1, ...[...depth.values()].map((d) => d + 1));
  const bands = Math.max(1, Math.min(input.bands, columns));
  const perBand = Math.ceil(columns / bands);
  const slots = new Map<number, number>();
  const slotOf = new Map<string, number>();
  for (const n of input.nodes) {
    const d = depth.get(n.id)!;
    const s = slots.get(d) ?? 0;
    slotOf.set(n.id, s);
    slots.set(d, s + 1);
  }
  const bandSlots = Array.from({ length: bands }, (_, b) => Math.max(1, ...[...slots.entries()].filter(([d]) => Math.floor(d / perBand) === b).map(([, s]) => s)));
  const totalSlots = bandSlots.reduce((a, b) => a + b, 0);
  const bandGap = 26;
  const rowH = (input.height - bandGap * (bands - 1)) / totalSlots;
  const colW = input.width / perBand;
  const nodeW = colW - 14;
  // Room for a 16 px label even when the rows are tight; never taller than the row.
  const nodeH = Math.min(40, Math.max(rowH - 10, Math.min(rowH - 2, 22)));
  const bandTops: number[] = [];
  let top = 0;
  for (let b = 0; b < bands; b++) { bandTops.push(top); top += bandSlots[b]! * rowH + bandGap; }
  const rects = new Map<string, Rect>();
  for (const n of input.nodes) {
    const d = depth.get(n.id)!;
    const b = Math.floor(d / perBand);
    const c = d % perBand;
    // Centre the column's nodes vertically within its band.
    const count = slots.get(d)!;
    const offset = ((bandSlots[b]! - count) * rowH) / 2;
    rects.set(n.id, { x: c * colW + 7, y: bandTops[b]! + offset + slotOf.get(n.id)! * rowH + (rowH - nodeH) / 2, width: nodeW, height: nodeH });
  }
  const bandOf = (r: Rect) => { let k = 0; bandTops.forEach((t, i) => { if (r.y >= t) k = i; }); return k; };
  const link = linkHorizontal<{ s: [number, number]; t: [number, number] }, [number, number]>().source((e) => e.s).target((e) => e.t);
  const edges = input.edges.flatMap((e) => {
    const a = rects.get(e.from);
    const b = rects.get(e.to);
    if (!a || !b) return [];
    const path = bandOf(a) === bandOf(b) && b.x > a.x
      ? link({ s: [a.x + a.width, a.y + a.height / 2], t: [b.x, b.y + b.height / 2] }) ?? ''
      : `M${a.x + a.width / 2},${a.y + a.height}C${a.x + a.width / 2},${a.y + a.height + 40} ${b.x + b.width / 2},${b.y - 40} ${b.x + b.width / 2},${b.y}`;
    return [{ from: e.from, to: e.to, path }];
  });
  const hulls: { index: number; rect: Rect }[] = [];
  input.groups.forEach((g, index) => {
    if (g.length < 2) return;
    const byBand = new Map<number, Rect[]>();
    for (const id of g) {
      const r = rects.get(id);
      if (!r) continue;
      const b = bandOf(r);
      byBand.set(b, [...(byBand.get(b) ?? []), r]);
    }
    for (const rs of byBand.values()) {
      const x0 = Math.min(...rs.map((r) => r.x)) - PAD;
      const y0 = Math.min(...rs.map((r) => r.y)) - PAD;
      const x1 = Math.max(...rs.map((r) => r.x + r.width)) + PAD;
      const y1 = Math.max(...rs.map((r) => r.y + r.height)) + PAD;
      hulls.push({ index, rect: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
    }
  });
  return { nodes: rects, edges, hulls, bandTops };
}
