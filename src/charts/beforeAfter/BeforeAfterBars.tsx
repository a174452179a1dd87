/** Thin renderer of layoutBeforeAfter: textured bars, values at their ends, the change at the right. */
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { Legend } from '../Legend.tsx';
import { roles } from '../palette.ts';
import { chartFont } from '../theme.ts';
import { layoutBeforeAfter, type BarPart, type BeforeAfterInput } from './layout.ts';

export interface BeforeAfterBarsProps extends BeforeAfterInput {
  /** Screen-reader summary (current language). */
  readonly label: string;
}

const LEGEND_ITEMS = [
  { id: 'before', style: roles.baseline, kind: 'fill' as const },
  { id: 'after', style: roles.optimised, kind: 'fill' as const },
];

function Bar({ part }: { part: BarPart }) {
  const { patternFill } = useChart();
  const pattern = patternFill(part.style.pattern, part.style.ink);
  return (
    <g>
      {part.width > 0 && <rect x={part.x} y={part.y} width={part.width} height={part.height} fill={part.style.color} />}
      {part.width > 0 && pattern && <rect x={part.x} y={part.y} width={part.width} height={part.height} fill={pattern} />}
      <text x={part.textX} y={part.textY} fontSize={chartFont.tick} fontWeight={600} fill="currentColor">{part.valueText}</text>
    </g>
  );
}

export function BeforeAfterBars(props: BeforeAfterBarsProps) {
  const layout = layoutBeforeAfter(props);
  const lineHeight = chartFont.tick * 1.2;
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      <Legend layout={layout.legend} items={LEGEND_ITEMS} />
      {layout.rows.map((r) => (
        <g key={r.id}>
          <text x={r.labelX} y={r.labelY} fontSize={chartFont.tick} fontWeight={700} fill="currentColor">
            {r.label.map((l, i) => <tspan key={i} x={r.labelX} dy={i === 0 ? 0 : lineHeight}>{l}</tspan>)}
          </text>
          <Bar part={r.before} />
          <Bar part={r.after} />
          <text x={r.changeX} y={r.changeY} textAnchor="end" fontSize={chartFont.tick} fontWeight={700} fill="currentColor">{r.changeText}</text>
        </g>
      ))}
    </ChartSvg>
  );
}
