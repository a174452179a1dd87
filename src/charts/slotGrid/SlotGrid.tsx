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
  return (
    <g transform={`translate(0 ${top})`}>
      {g.rects.map((r, i) => {
        const st = props.styles[r.state];
        if (!st) return null;
        const tex = patternFill(st.pattern, st.ink);
        return (
          <g key={i}>
            <rect x={r.x} y={r.y} width={r.width} height={r.height} fill={st.color} fillOpacity={r.state === 'free' ? 0.25 : 0.9} />
            {tex && <rect x={r.x} y={r.y} width={r.width} height={r.height} fill={tex} />}
          </g>
        );
      })}
      {owners.map((r) => (
        <text key={`o${r.owner}`} x={Math.min(r.x + 3, g.gridWidth - OWNER_FONT)} y={Math.max(r.y + r.height / 2, OWNER_FONT / 2)} dominantBaseline="central" fontSize={OWNER_FONT} fontWeight={700}
          fill="#000000" stroke="#FFFFFF" strokeWidth={4} paintOrder="stroke">{r.owner}</text>
      ))}
      {g.showCells && pattern !== null && Array.from({ length: g.columns + 1 }, (_, c) => (
        <line key={`c${c}`} x1={c * g.cell} x2={c * g.cell} y1={0} y2={g.gridHeight} stroke="#fff" strokeWidth={1} />
      ))}
      {g.showCells && Array.from({ length: g.rows + 1 }, (_, r) => (
        <line key={`r${r}`} x1={0} x2={g.gridWidth} y1={r * g.cell} y2={r * g.cell} stroke="#fff" strokeWidth={1} />
      ))}
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
