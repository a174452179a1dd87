/** Thin renderer of layoutSlotGrid: each state has a colour and a texture; owners are labelled at their first slot. */
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { Legend } from '../Legend.tsx';
import { layoutLegend } from '../legendLayout.ts';
import type { MarkStyle } from '../palette.ts';
import { chartFont } from '../theme.ts';
import { layoutSlotGrid, type SlotGridInput } from './layout.ts';

export interface SlotGridProps extends SlotGridInput {
  readonly label: string;
  readonly styles: Readonly<Record<string, MarkStyle>>;
  readonly legend: readonly { readonly id: string; readonly label: string }[];
}


/** Owner labels: one per request, at its first slot, at a size that reads on a projector whatever the cell size. */
const OWNER_FONT = chartFont.tick - 2;

function Cells({ props, top }: { props: SlotGridProps; top: number }) {
  const { patternFill } = useChart();
  const g = layoutSlotGrid({ ...props, height: props.height - top });
  const pattern = patternFill('vertical', '#000000');
  const labelled = new Set<string>();
  const owners = g.rects.filter((r) => {
    if (!r.first || r.owner === '' || labelled.has(r.owner)) return false;
    labelled.add(r.owner);
    return true;
  });
  // One path per state (its colour) and one for its texture, not two rectangles per run: a few paths to lay
  // out and paint instead of hundreds of elements, so a control change reaches the next frame in time (issue #12).
  const byState = new Map<string, string[]>();
  for (const r of g.rects) {
    if (!props.styles[r.state]) continue;
    let d = byState.get(r.state);
    if (!d) byState.set(r.state, (d = []));
    d.push(`M${r.x} ${r.y}h${r.width}v${r.height}h${-r.width}z`);
  }
  const cellLines = g.showCells
    ? [
      ...(pattern !== null ? Array.from({ length: g.columns + 1 }, (_, c) => `M${c * g.cell} 0V${g.gridHeight}`) : []),
      ...Array.from({ length: g.rows + 1 }, (_, r) => `M0 ${r * g.cell}H${g.gridWidth}`),
    ].join('')
    : '';
  return (
    <g transform={`translate(0 ${top})`}>
      {[...byState].map(([state, parts]) => {
        const st = props.styles[state] as MarkStyle;
        const tex = patternFill(st.pattern, st.ink);
        const d = parts.join('');
        return (
          <g key={state} data-state={state}>
            <path d={d} fill={st.color} fillOpacity={state === 'free' ? 0.25 : 0.9} />
            {tex && <path d={d} fill={tex} />}
          </g>
        );
      })}
      {owners.map((r) => (
        <text key={`o${r.owner}`} x={Math.min(r.x + 3, g.gridWidth - OWNER_FONT)} y={Math.max(r.y + r.height / 2, OWNER_FONT / 2)} dominantBaseline="central" fontSize={OWNER_FONT} fontWeight={700}
          fill="#000000" stroke="#FFFFFF" strokeWidth={4} paintOrder="stroke">{r.owner}</text>
      ))}
      {cellLines && <path d={cellLines} stroke="#fff" strokeWidth={1} fill="none" />}
      <rect x={0} y={0} width={g.gridWidth} height={g.gridHeight} fill="none" stroke="currentColor" strokeWidth={1.5} />
    </g>
  );
}

export function SlotGrid(props: SlotGridProps) {
  const legend = layoutLegend(props.legend, { x: 0, y: 4, maxWidth: props.width });
  return (
    <ChartSvg width={props.width} height={props.height} label={props.label}>
      <Legend layout={legend} items={props.legend.map((l) => ({ id: l.id, style: props.styles[l.id] as MarkStyle, kind: 'fill' as const }))} />
      <Cells props={props} top={legend.height + 16} />
    </ChartSvg>
  );
}
