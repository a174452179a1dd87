/**
 * Layout of a small operator graph drawn left to right in (at most) two rows:
 * nodes in execution order, a parallel-branch node (lane 1) under the node
 * before it; edges straight between neighbours, arcs over skipped nodes
 * (residuals), elbows between rows. Groups (subgraphs) become shaded spans,
 * with a cut line where one group ends and the next begins.
 * Numbers in, geometry out.
 */
import { estimateTextWidth } from '../textWidth.ts';
import type { Rect } from '../theme.ts';

export interface GraphNodeInput {
  readonly id: string;
  readonly label: string;
  readonly lane: 0 | 1;
  /** Subgraph index, when partitioned. */
  readonly group?: number;
}

export interface GraphEdgeInput {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** Kept on chip by a fusion: drawn faint and dashed. */
  readonly removed: boolean;
}

export interface BlockGraphInput {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly GraphNodeInput[];
  readonly edges: readonly GraphEdgeInput[];
  /** Columns in the first row (default: half, rounded up). */
  readonly wrapAfter?: number;
  readonly fontSize?: number;
}

export interface NodeLayout extends Rect { readonly id: string; readonly label: string; readonly cx: number; readonly cy: number; readonly group: number | undefined; readonly fontSize: number }
export interface EdgeLayout { readonly id: string; readonly path: string; readonly label: string; readonly labelX: number; readonly labelY: number; readonly removed: boolean }
export interface GroupLayout extends Rect { readonly group: number; readonly row: number }
export interface CutLayout { readonly x: number; readonly y1: number; readonly y2: number; readonly after: number }

export interface BlockGraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeLayout[];
  readonly edges: readonly EdgeLayout[];
  readonly groups: readonly GroupLayout[];
  readonly cuts: readonly CutLayout[];
}

export function layoutBlockGraph(input: BlockGraphInput): BlockGraphLayout {
  const { width, height, nodes } = input;
  const fs = input.fontSize ?? 17;
  const cols: number[] = [];
  let col = -1;
  for (const n of nodes) {
    if (n.lane === 0 || col < 0) col++;
    cols.push(col);
  }
  const totalCols = col + 1;
  const wrap = Math.max(1, Math.min(totalCols, input.wrapAfter ?? Math.ceil(totalCols / 2)));
  const rows = totalCols > wrap ? 2 : 1;
  const perRow = rows === 2 ? Math.max(wrap, totalCols - wrap) : totalCols;
  const margin = 12;
  const colW = (width - 2 * margin) / perRow;
  const boxW = Math.min(colW * 0.74, 150);
  const rowH = (height - 2 * margin) / rows;
  // A row holds the arcs above the boxes, the boxes, and a parallel branch under them. When the
  // height is short the gaps shrink (down to 55%), never the boxes or their text.
  const hasBranch = nodes.some((n) => n.lane === 1);
  const natural = fs * (3.2 + 2.4 + (hasBranch ? 4 : 0) + 0.8);
  const squeeze = Math.max(0.55, Math.min(1, rowH / natural));
  const boxH = fs * (squeeze < 1 ? 2.1 : 2.4);
  const laneGap = boxH + fs * 1.6 * squeeze;
  const arcSpace = fs * 3.2 * squeeze;

  const placed: NodeLayout[] = nodes.map((n, i) => {
    const c = cols[i] as number;
    const row = c < wrap ? 0 : 1;
    const inRow = row === 0 ? c : c - wrap;
    const cx = margin + colW * (inRow + 0.5);
    const top = margin + row * rowH + arcSpace + n.lane * laneGap;
    const fit = Math.min(fs, (fs * (boxW - 10)) / Math.max(1, estimateTextWidth(n.label, fs)));
    return { id: n.id, label: n.label, x: cx - boxW / 2, y: top, width: boxW, height: boxH, cx, cy: top + boxH / 2, group: n.group, fontSize: fit };
  });
  const byId = new Map(placed.map((p) => [p.id, p]));
  const rowOf = (p: NodeLayout) => (p.y < margin + rowH ? 0 : 1);
  const colOf = new Map(nodes.map((n, i) => [n.id, cols[i] as number]));

  const edges: EdgeLayout[] = [];
  input.edges.forEach((e, k) => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b) return;
    const ca = colOf.get(e.from) as number;
    const cb = colOf.get(e.to) as number;
    if (rowOf(a) !== rowOf(b)) {
      const midY = margin + rowH - fs * 0.6 + (k % 3) * fs * 0.9;
      const path = `M${a.cx},${a.y + a.height} L${a.cx},${midY} L${b.cx},${midY} L${b.cx},${b.y}`;
      edges.push({ id: e.id, path, label: e.label, labelX: (a.cx + b.cx) / 2, labelY: midY - 6, removed: e.removed });
    } else if (cb - ca <= 1) {
      const x1 = a.x + a.width;
      const x2 = cb === ca ? b.cx : b.x;
      const y1 = a.cy;
      const y2 = cb === ca ? b.y : b.cy;
      const path = cb === ca ? `M${a.cx},${a.y + a.height} L${b.cx},${b.y}` : `M${x1},${y1} L${x2},${y2}`;
      const lx = cb === ca ? a.cx + 8 : (x1 + x2) / 2;
      const ly = cb === ca ? (a.y + a.height + b.y) / 2 + fs * 0.35 : Math.min(a.y, b.y) - 6;
      edges.push({ id: e.id, path, label: e.label, labelX: lx, labelY: ly, removed: e.removed });
    } else {
      const top = Math.min(a.y, b.y) - arcSpace * 0.75;
      const path = `M${a.cx},${a.y} C${a.cx},${top} ${b.cx},${top} ${b.cx},${b.y}`;
      edges.push({ id: e.id, path, label: e.label, labelX: (a.cx + b.cx) / 2, labelY: top + fs * 0.2, removed: e.removed });
    }
  });

  const groups: GroupLayout[] = [];
  const cuts: CutLayout[] = [];
  for (let r = 0; r < rows; r++) {
    const inRow = placed.filter((p) => rowOf(p) === r && p.group !== undefined);
    const ids = [...new Set(inRow.map((p) => p.group as number))];
    for (const g of ids) {
      const members = inRow.filter((p) => p.group === g);
      const x0 = Math.min(...members.map((p) => p.x)) - (colW - boxW) / 2 + 3;
      const x1 = Math.max(...members.map((p) => p.x + p.width)) + (colW - boxW) / 2 - 3;
      groups.push({ group: g, row: r, x: x0, y: margin + r * rowH + fs * 0.2, width: x1 - x0, height: rowH - fs * 0.8 });
    }
    for (let i = 1; i < inRow.length; i++) {
      const prev = inRow[i - 1] as NodeLayout;
      const cur = inRow[i] as NodeLayout;
      if (cur.group !== prev.group) {
        const x = (prev.x + prev.width + cur.x) / 2;
        cuts.push({ x, y1: margin + r * rowH, y2: margin + (r + 1) * rowH - fs * 0.6, after: prev.group as number });
      }
    }
  }
  return { width, height, nodes: placed, edges, groups, cuts };
}
