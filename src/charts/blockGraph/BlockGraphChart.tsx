/** Thin renderer of layoutBlockGraph: subgraph spans, cut lines, edges with byte labels, operator boxes. */
import { ChartSvg } from '../ChartSvg.tsx';
import { roles, seriesStyle } from '../palette.ts';
import { fadedOpacity, strokes } from '../theme.ts';
import { layoutBlockGraph, type BlockGraphInput } from './layout.ts';

export interface BlockGraphChartProps extends BlockGraphInput {
  readonly label: string;
  /** Caption of each subgraph span (e.g. "子图 1 · 1.3 GB"). */
  readonly groupLabel?: (group: number) => string;
}

export function BlockGraphChart(props: BlockGraphChartProps) {
  const layout = layoutBlockGraph(props);
  const fs = props.fontSize ?? 17;
  // Edge labels never below 16 logical px: 12.8 px on a 1280×720 screen, with room for a chart scaled a little to fit.
  const edgeFs = Math.max(16, fs * 0.8);
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      <defs>
        <marker id="bg-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {layout.groups.map((g) => {
        const st = seriesStyle(g.group);
        return (
          <g key={`${g.group}-${g.row}`}>
            <rect x={g.x} y={g.y} width={g.width} height={g.height} rx={10} fill={st.color} fillOpacity={0.12} stroke={st.color} strokeWidth={2} strokeDasharray={st.dash || undefined} />
            {/* Bottom right: the bottom left is where a parallel branch (up proj) sits. */}
            {props.groupLabel && <text x={g.x + g.width - 8} y={g.y + g.height - 8} textAnchor="end" fontSize={fs * 0.9} fontWeight={700} fill="currentColor">{props.groupLabel(g.group)}</text>}
          </g>
        );
      })}
      {layout.cuts.map((c, i) => (
        <g key={i}>
          <line x1={c.x} x2={c.x} y1={c.y1} y2={c.y2} stroke="currentColor" strokeWidth={3} strokeDasharray="8 5" />
          <text x={c.x} y={c.y1 + fs} textAnchor="middle" fontSize={fs} fontWeight={700} fill="currentColor" stroke="var(--ui-bg, #fff)" strokeWidth={4} paintOrder="stroke">✂</text>
        </g>
      ))}
      {layout.edges.map((e) => (
        <g key={e.id} opacity={e.removed ? 0.45 : 1}>
          <path d={e.path} fill="none" stroke={e.removed ? roles.activations.color : 'currentColor'} strokeWidth={e.removed ? strokes.series - 1 : strokes.axis} strokeDasharray={e.removed ? '4 4' : undefined} markerEnd="url(#bg-arrow)" />
        </g>
      ))}
      {layout.nodes.map((n) => (
        <g key={n.id}>
          <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={8} fill="var(--ui-bg, #fff)" stroke="currentColor" strokeWidth={2} />
          <text x={n.cx} y={n.cy + n.fontSize * 0.35} textAnchor="middle" fontSize={n.fontSize} fontWeight={600} fill="currentColor">{n.label}</text>
        </g>
      ))}
      {layout.edges.map((e) => (
        <text key={e.id} x={e.labelX} y={e.labelY} textAnchor="middle" fontSize={edgeFs} fontWeight={600} opacity={e.removed ? fadedOpacity : 1} fill="currentColor" stroke="var(--ui-bg, #fff)" strokeWidth={4} paintOrder="stroke" textDecoration={e.removed ? 'line-through' : undefined}>{e.label}</text>
      ))}
    </ChartSvg>
  );
}
