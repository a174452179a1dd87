/** Thin renderer of layoutOffloadGantt: compute bars, transfer bars, hatched stalls. */
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { roles } from '../palette.ts';
import { chartFont } from '../theme.ts';
import { Legend } from '../Legend.tsx';
import { layoutLegend } from '../legendLayout.ts';
import { layoutOffloadGantt, type OffloadGanttInput } from './layout.ts';

export interface OffloadGanttProps extends OffloadGanttInput {
  readonly label: string;
  /** Legend texts for compute, transfer and stall. */
  readonly legend: { readonly compute: string; readonly transfer: string; readonly stall: string };
  /** When set, the bars and the time axis are hidden and this text shows instead (predict first). */
  readonly masked?: string;
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
      <Legend layout={layoutLegend([{ id: 'c', label: props.legend.compute }, { id: 't', label: props.legend.transfer }, { id: 's', label: props.legend.stall }], { x: layout.plot.x, y: 4, maxWidth: layout.plot.width })}
        items={[{ id: 'c', style: roles.compute, kind: 'fill' }, { id: 't', style: roles.communication, kind: 'fill' }, { id: 's', style: { ...roles.memory, pattern: 'crosshatch' }, kind: 'fill' }]} />
      {props.masked === undefined ? (
        <>
          <Axis layout={layout.axis} grid />
          <Bars layout={layout} />
        </>
      ) : (
        <text x={layout.plot.x + 12} y={layout.plot.y + layout.plot.height / 2} dominantBaseline="central" fontSize={chartFont.title} fontWeight={700} fill="currentColor">{props.masked}</text>
      )}
      {layout.laneLabels.map((l) => (
        <text key={l.text} x={l.x} y={l.y} textAnchor="end" dominantBaseline="central" fontSize={chartFont.tick} fontWeight={600} fill="currentColor">{l.text}</text>
      ))}
    </ChartSvg>
  );
}
