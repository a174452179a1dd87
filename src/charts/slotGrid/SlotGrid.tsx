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

const LEGEND_ROOM = 64;

function Cells({ props }: { props: SlotGridProps }) {
  const { patternFill } = useChart();
  const g = layoutSlotGrid({ ...props, height: props.height - LEGEND_ROOM });
  const pattern = patternFill('vertical', '#000000');
  return (
    <g transform={`translate(0 ${LEGEND_ROOM})`}>
      {g.rects.map((r, i) => {
        const st = props.styles[r.state];
        if (!st) return null;
        const tex = patternFill(st.pattern, st.ink);
        return (
          <g key={i}>
            <rect x={r.x} y={r.y} width={r.width} height={r.height} fill={st.color} fillOpacity={r.state === 'free' ? 0.25 : 0.9} />
            {tex && <rect x={r.x} y={r.y} width={r.width} height={r.height} fill={tex} />}
            {r.first && r.owner !== '' && r.height >= 12 && <text x={r.x + 2} y={r.y + r.height / 2} dominantBaseline="central" fontSize={Math.min(chartFont.tick, r.height * 0.9)} fontWeight={700} fill={st.ink} stroke={st.color} strokeWidth={3} paintOrder="stroke">{r.owner}</text>}
          </g>
        );
      })}
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
      <Cells props={props} />
    </ChartSvg>
  );
}
