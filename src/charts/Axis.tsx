/** Draws an AxisLayout: line, ticks, labels, title, and (optionally) grid lines. */
import { TICK_LENGTH, type AxisLayout } from './axisLayout.ts';
import { strokes } from './theme.ts';

export interface AxisProps {
  readonly layout: AxisLayout;
  readonly grid?: boolean;
}

export function Axis({ layout, grid = true }: AxisProps) {
  const bottom = layout.orientation === 'bottom';
  return (
    <g className="ui-axis" fill="currentColor">
      {grid && layout.grid.map((g, i) => (
        <line key={`g${i}`} x1={g.x1} y1={g.y1} x2={g.x2} y2={g.y2} stroke="currentColor" strokeOpacity={0.18} strokeWidth={strokes.grid} />
      ))}
      <line {...layout.line} stroke="currentColor" strokeWidth={strokes.axis} />
      {layout.ticks.map((t, i) => (
        <g key={`t${i}`}>
          {bottom
            ? <line x1={t.pos} x2={t.pos} y1={layout.line.y1} y2={layout.line.y1 + TICK_LENGTH} stroke="currentColor" strokeWidth={strokes.axis} />
            : <line y1={t.pos} y2={t.pos} x1={layout.line.x1 - TICK_LENGTH} x2={layout.line.x1} stroke="currentColor" strokeWidth={strokes.axis} />}
          {t.label && (bottom
            ? <text x={t.pos} y={layout.labelOffset} textAnchor="middle" fontSize={layout.tickFontSize}>{t.label}</text>
            : <text x={layout.labelOffset} y={t.pos} textAnchor="end" dominantBaseline="central" fontSize={layout.tickFontSize}>{t.label}</text>)}
        </g>
      ))}
      <text
        x={layout.title.x}
        y={layout.title.y}
        textAnchor="middle"
        fontSize={layout.titleFontSize}
        fontWeight={600}
        transform={layout.title.rotate ? `rotate(${layout.title.rotate} ${layout.title.x} ${layout.title.y})` : undefined}
      >
        {layout.title.text}
      </text>
    </g>
  );
}
