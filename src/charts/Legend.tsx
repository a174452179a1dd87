/**
 * Draws a LegendLayout inside the SVG (it prints and scales with the chart).
 * Each swatch shows everything that tells the entries apart: colour, and either
 * the line's dash and marker or the fill's texture.
 */
import type { LegendLayout } from './legendLayout.ts';
import { Marker } from './Marker.tsx';
import type { MarkStyle } from './palette.ts';
import { useChart } from './ChartSvg.tsx';
import { strokes } from './theme.ts';

export interface LegendSwatch {
  readonly id: string;
  readonly style: MarkStyle;
  /** 'line' for series, 'fill' for areas and bar segments. */
  readonly kind: 'line' | 'fill';
}

export interface LegendProps {
  /** From layoutLegend (entries in the same order as `items`). */
  readonly layout: LegendLayout;
  readonly items: readonly LegendSwatch[];
  /** Entry drawn in bold (e.g. the hovered series). */
  readonly highlightId?: string | null;
}

export function Legend({ layout, items, highlightId }: LegendProps) {
  const { patternFill } = useChart();
  return (
    <g className="ui-legend" fill="currentColor">
      {layout.entries.map((e) => {
        const item = items.find((i) => i.id === e.id);
        if (!item) return null;
        const { style } = item;
        const midY = e.y + layout.swatchHeight / 2;
        const pattern = patternFill(style.pattern, style.ink);
        return (
          <g key={e.id} fontWeight={e.id === highlightId ? 700 : 400}>
            {item.kind === 'line' ? (
              <>
                <line x1={e.x} x2={e.x + layout.swatchWidth} y1={midY} y2={midY} stroke={style.color} strokeWidth={strokes.series} strokeDasharray={style.dash || undefined} />
                <Marker shape={style.marker} x={e.x + layout.swatchWidth / 2} y={midY} color={style.color} />
              </>
            ) : (
              <>
                <rect x={e.x} y={e.y} width={layout.swatchWidth} height={layout.swatchHeight} fill={style.color} stroke="currentColor" strokeWidth={1} strokeDasharray={style.pattern === 'none' ? '4 3' : undefined} />
                {pattern && <rect x={e.x} y={e.y} width={layout.swatchWidth} height={layout.swatchHeight} fill={pattern} />}
              </>
            )}
            <text x={e.textX} y={e.textY} fontSize={layout.fontSize}>{e.label}</text>
          </g>
        );
      })}
    </g>
  );
}
