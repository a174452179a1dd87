/**
 * Geometry of a compute/link Gantt chart with several timelines stacked
 * (e.g. baseline above, optimised below) on one time axis, so a shrinking
 * stall is visible as a shorter bar row. Gaps on a compute lane inside the
 * window become "idle" rectangles. Numbers in, geometry out.
 */
import { layoutAxis, type AxisLayout } from '../axisLayout.ts';
import { makeScale } from '../scales.ts';
import type { Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

export interface GanttBarInput {
  readonly lane: 'compute' | 'link';
  readonly kind: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly label?: string;
}

export interface GanttRowInput {
  readonly id: string;
  readonly label: string;
  readonly bars: readonly GanttBarInput[];
}

export interface CommGanttInput {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly GanttRowInput[];
  /** Time window shown, seconds. */
  readonly window: readonly [number, number];
  readonly laneLabels: { readonly compute: string; readonly link: string };
  readonly axisTitle: string;
  readonly format: TickFormat;
  readonly labelWidth?: number;
}

export interface GanttBarLayout extends Rect {
  readonly key: string;
  readonly kind: string;
  readonly label: string | null;
}

export interface GanttLaneLayout {
  readonly key: string;
  readonly title: string;
  readonly y: number;
  readonly height: number;
  readonly bars: readonly GanttBarLayout[];
}

export interface CommGanttLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Rect;
  readonly lanes: readonly GanttLaneLayout[];
  /** Row titles: `y` is the top of the title band above the row. */
  readonly rowLabels: readonly { readonly text: string; readonly y: number }[];
  readonly axis: AxisLayout;
}

const AXIS_HEIGHT = 70;
const ROW_GAP = 12;
/** A band above each row for its title, so the title never sits on a lane or under a bar. */
const ROW_LABEL = 26;
const MIN_LABEL_PX = 34;
const TINY_PX = 3;

export function layoutCommGantt(input: CommGanttInput): CommGanttLayout {
  const labelWidth = input.labelWidth ?? 150;
  const [t0, t1raw] = input.window;
  const t1 = t1raw > t0 ? t1raw : t0 + 1e-9;
  const plot: Rect = { x: labelWidth, y: 8, width: Math.max(1, input.width - labelWidth - 16), height: Math.max(1, input.height - AXIS_HEIGHT - 8) };
  const scale = makeScale({ kind: 'linear', domain: [t0, t1], range: [plot.x, plot.x + plot.width] });
  const rowsN = Math.max(1, input.rows.length);
  const rowHeight = Math.max(8, (plot.height - ROW_GAP * (rowsN - 1) - ROW_LABEL * rowsN) / rowsN);
  const laneHeight = rowHeight / 2 - 4;
  const toPx = (t: number) => scale.toPx(Math.min(t1, Math.max(t0, t)));

  const lanes: GanttLaneLayout[] = [];
  const rowLabels: { text: string; y: number }[] = [];
  input.rows.forEach((row, ri) => {
    const top = plot.y + ROW_LABEL + ri * (rowHeight + ROW_GAP + ROW_LABEL);
    rowLabels.push({ text: row.label, y: top - ROW_LABEL });
    (['compute', 'link'] as const).forEach((lane, li) => {
      const y = top + li * (laneHeight + 8);
      const inLane = row.bars.filter((b) => b.lane === lane && b.endSeconds > t0 && b.startSeconds < t1).sort((a, b) => a.startSeconds - b.startSeconds);
      const bars: GanttBarLayout[] = [];
      let cursor = t0;
      const pushBar = (kind: string, s: number, e: number, label: string | null, key: string) => {
        const x = toPx(s);
        const w = Math.max(0.5, toPx(e) - x);
        // Runs of sub-pixel bars of one kind (e.g. a thousand small pages) are drawn as one bar: same picture, far fewer nodes.
        const prev = bars[bars.length - 1];
        if (prev && prev.kind === kind && w < TINY_PX && prev.width < TINY_PX * 40 && x <= prev.x + prev.width + 0.5) {
          bars[bars.length - 1] = { ...prev, width: Math.max(prev.width, x + w - prev.x), label: null };
          return;
        }
        bars.push({ key, kind, x, y, width: w, height: laneHeight, label: label !== null && w >= MIN_LABEL_PX ? label : null });
      };
      inLane.forEach((b, i) => {
        if (lane === 'compute' && b.startSeconds > cursor + (t1 - t0) * 1e-6) pushBar('idle', cursor, b.startSeconds, null, `${row.id}-idle-${i}`);
        pushBar(b.kind, b.startSeconds, b.endSeconds, b.label ?? null, `${row.id}-${lane}-${i}`);
        cursor = Math.max(cursor, b.endSeconds);
      });
      lanes.push({ key: `${row.id}-${lane}`, title: input.laneLabels[lane], y, height: laneHeight, bars });
    });
  });
  const axis = layoutAxis(scale, { orientation: 'bottom', plot, title: input.axisTitle, format: input.format, tickCount: 6 });
  return { width: input.width, height: input.height, plot, lanes, rowLabels, axis };
}
