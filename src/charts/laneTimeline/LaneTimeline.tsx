/** Thin renderer of layoutLaneTimeline: lane labels, segments (colour + texture), time axis, legend. */
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { Legend } from '../Legend.tsx';
import { chartFont } from '../theme.ts';
import { layoutLaneTimeline, type LaneTimelineInput, type PlacedSegment } from './layout.ts';

export interface LaneTimelineProps extends LaneTimelineInput {
  readonly label: string;
}

function Segment({ s }: { s: PlacedSegment }) {
  const { patternFill } = useChart();
  const pattern = patternFill(s.style.pattern, s.style.ink);
  const empty = s.style.pattern === 'none';
  return (
    <g>
      <rect x={s.x} y={s.y} width={s.width} height={s.height} fill={s.style.color} fillOpacity={empty ? 0.35 : 1} stroke={empty ? 'currentColor' : 'none'} strokeDasharray={empty ? '4 3' : undefined} strokeOpacity={0.6} />
      {pattern && <rect x={s.x} y={s.y} width={s.width} height={s.height} fill={pattern} />}
      {s.text && <text x={s.x + 4} y={s.y + s.height / 2} dominantBaseline="central" fontSize={chartFont.tick} fill={s.style.ink} stroke={s.style.color} strokeWidth={3} paintOrder="stroke">{s.text}</text>}
    </g>
  );
}

export function LaneTimeline(props: LaneTimelineProps) {
  const layout = layoutLaneTimeline(props);
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      <Axis layout={layout.axis} />
      {layout.lanes.map((l) => (
        <text key={l.id} x={l.labelX} y={l.labelY} textAnchor="end" dominantBaseline="central" fontSize={chartFont.tick} fill="currentColor">{l.label}</text>
      ))}
      {layout.segments.map((s, i) => <Segment key={i} s={s} />)}
      <Legend layout={layout.legend} items={props.kinds.map((k) => ({ id: k.id, style: k.style, kind: 'fill' as const }))} />
    </ChartSvg>
  );
}
