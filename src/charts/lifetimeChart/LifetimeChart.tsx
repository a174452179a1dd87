/** Thin renderer of layoutLifetimeChart: buffer boxes over ops, arena peak and lower bound, live-bytes steps. */
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { seriesStyle, roles } from '../palette.ts';
import { chartFont, strokes } from '../theme.ts';
import { layoutLifetimeChart, OP_FONT, type LifetimeChartInput } from './layout.ts';

export interface LifetimeChartProps extends LifetimeChartInput {
  readonly label: string;
  readonly peakLabel: string;
  readonly boundLabel: string;
  /** When set, the live-bytes curve and the peak marker are hidden and this text shows instead (predict first). */
  readonly masked?: string;
}

function Boxes({ layout }: { layout: ReturnType<typeof layoutLifetimeChart> }) {
  const { patternFill } = useChart();
  return (
    <g>
      {layout.boxes.map((b, i) => {
        const s = seriesStyle(i);
        const fill = patternFill(s.pattern, s.ink);
        return (
          <g key={b.id}>
            <title>{b.label}</title>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={s.color} fillOpacity={0.85} stroke="currentColor" strokeWidth={1} />
            {fill && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={fill} />}
            {b.showLabel && <text x={b.x + 4} y={b.y + b.height / 2} dominantBaseline="central" fontSize={chartFont.tick} fill={s.ink} stroke={s.color} strokeWidth={3} paintOrder="stroke">{b.label}</text>}
          </g>
        );
      })}
    </g>
  );
}

export function LifetimeChart(props: LifetimeChartProps) {
  const layout = layoutLifetimeChart(props);
  const { top, bottom } = layout;
  return (
    <ChartSvg width={props.width} height={props.height} label={props.label}>
      <Axis layout={layout.topAxis} />
      <Axis layout={layout.liveAxis} />
      <Boxes layout={layout} />
      <line x1={top.x} x2={top.x + top.width} y1={layout.peakY} y2={layout.peakY} stroke="currentColor" strokeWidth={strokes.reference} strokeDasharray="6 4" />
      <text x={top.x + top.width - 6} y={layout.peakY - 6} textAnchor="end" fontSize={chartFont.label} fill="currentColor" stroke="var(--ui-bg, #fff)" strokeWidth={4} paintOrder="stroke">{props.peakLabel}</text>
      {props.masked === undefined ? (
        <>
          <path d={layout.livePath} fill="none" stroke={roles.activations.color} strokeWidth={strokes.series} />
          <line x1={bottom.x} x2={bottom.x + bottom.width} y1={layout.liveLowerBoundY} y2={layout.liveLowerBoundY} stroke="currentColor" strokeWidth={strokes.reference} strokeDasharray="2 5" />
          <text x={layout.peakOpX} y={layout.liveLowerBoundY - 8} textAnchor={layout.peakOpX > bottom.x + bottom.width * 0.75 ? 'end' : 'middle'} fontSize={chartFont.label} fill="currentColor" stroke="var(--ui-bg, #fff)" strokeWidth={4} paintOrder="stroke">▼ {props.boundLabel}</text>
        </>
      ) : (
        <text x={bottom.x + 12} y={bottom.y + bottom.height / 2} dominantBaseline="central" fontSize={chartFont.title} fontWeight={700} fill="currentColor">{props.masked}</text>
      )}
      {layout.opTicks.map((t) => (
        <text key={t.label + t.x} x={t.x} y={bottom.y + bottom.height + 12} fontSize={OP_FONT} textAnchor="end" transform={`rotate(-40 ${t.x} ${bottom.y + bottom.height + 12})`} fill="currentColor">{t.label}</text>
      ))}
      <text x={layout.opTitle.x} y={layout.opTitle.y} textAnchor="middle" fontSize={chartFont.title} fontWeight={600} fill="currentColor">{layout.opTitle.text}</text>
    </ChartSvg>
  );
}
