/** Thin renderer of layoutOffloadGantt: compute bars, transfer bars, hatched stalls. */
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { roles } from '../palette.ts';
import { chartFont } from '../theme.ts';
import { layoutOffloadGantt, type OffloadGanttInput } from './layout.ts';

export interface OffloadGanttProps extends OffloadGanttInput {
  readonly label: string;
}

function Bars({ layout }: { layout: ReturnType<typeof layoutOffloadGantt> }) {
  const { patternFill } = useChart();
  const stallFill = patternFill('crosshatch', '#000000');
  const xferFill = patternFill(roles.communication.pattern, '#000000');
  return (
    <g>
      {layout.bars.map((b, i) => {
        const st = b.lane === 'compute' ? roles.compute : roles.communication;
        return (
          <g key={i}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={st.color} stroke="#fff" strokeWidth={0.5} />
            {b.lane !== 'compute' && xferFill && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={xferFill} />}
          </g>
        );
      })}
      {layout.stallBars.map((b, i) => (
        <g key={`s${i}`}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={roles.memory.color} fillOpacity={0.5} />
          {stallFill && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={stallFill} />}
        </g>
      ))}
    </g>
  );
}

export function OffloadGantt(props: OffloadGanttProps) {
  const layout = layoutOffloadGantt(props);
  return (
    <ChartSvg width={props.width} height={props.height} label={props.label}>
      <Axis layout={layout.axis} grid />
      <Bars layout={layout} />
      {layout.laneLabels.map((l) => (
        <text key={l.text} x={l.x} y={l.y} textAnchor="end" dominantBaseline="central" fontSize={chartFont.tick} fontWeight={600} fill="currentColor">{l.text}</text>
      ))}
    </ChartSvg>
  );
}
