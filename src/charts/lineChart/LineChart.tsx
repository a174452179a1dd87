/**
 * Thin renderer of layoutLineChart: regions, grid, axes, reference lines,
 * series (colour + dash + markers), legend above the plot, and a hover
 * readout line inside the SVG.
 */
import { useRef, useState } from 'react';
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { HoverReadout } from '../HoverReadout.tsx';
import { Legend } from '../Legend.tsx';
import { Marker } from '../Marker.tsx';
import { clientToSvg } from '../pointer.ts';
import { chartFont, strokes } from '../theme.ts';
import { formatNumber } from '../../i18n/format.ts';
import { layoutLineChart, nearestPoint, type LineChartInput, type LineChartLayout, type RefLineLayout } from './layout.ts';

export interface LineChartProps extends LineChartInput {
  /** Screen-reader summary of the chart (current language). */
  readonly label: string;
  /** Series drawn emphasised (e.g. from a hovered derivation term); others are dimmed. */
  readonly highlightId?: string | null;
  /** Readout text for a hovered point; default "series: x = …, y = …" with the axes' formats. */
  readonly readout?: (seriesLabel: string, x: number, y: number) => string;
  readonly onHover?: (hit: { seriesId: string; x: number; y: number } | null) => void;
}

function RefLine({ r }: { r: RefLineLayout }) {
  return (
    <g>
      <line x1={r.x1} y1={r.y1} x2={r.x2} y2={r.y2} stroke="currentColor" strokeWidth={strokes.reference} strokeDasharray="6 4" />
      <text x={r.labelX} y={r.labelY} textAnchor={r.labelAnchor} fontSize={chartFont.label} fill="currentColor" stroke="var(--ui-bg, #fff)" strokeWidth={4} paintOrder="stroke">{r.label}</text>
    </g>
  );
}

function Regions({ layout }: { layout: LineChartLayout }) {
  const { patternFill } = useChart();
  return (
    <g className="ui-regions">
      {layout.regions.map((r) => {
        const pattern = patternFill(r.style.pattern, '#000000');
        return (
          <g key={r.id}>
            <rect x={r.x} y={r.y} width={r.width} height={r.height} fill={r.style.color} fillOpacity={0.12} />
            {pattern && <rect x={r.x} y={r.y} width={r.width} height={r.height} fill={pattern} opacity={0.35} />}
            <text x={r.labelX} y={r.labelY} textAnchor="middle" fontSize={chartFont.label} fontWeight={600} fill="currentColor">{r.label}</text>
          </g>
        );
      })}
    </g>
  );
}

export function LineChart(props: LineChartProps) {
  const { label, highlightId = null, readout, onHover } = props;
  const layout = layoutLineChart(props);
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ seriesId: string; x: number; y: number; px: number; py: number } | null>(null);
  const fx = props.x.format ?? formatNumber;
  const fy = props.y.format ?? formatNumber;
  const hoveredSeries = hover ? layout.series.find((s) => s.id === hover.seriesId) : undefined;
  const readoutText = hover && hoveredSeries
    ? (readout ? readout(hoveredSeries.label, hover.x, hover.y) : `${hoveredSeries.label}: ${props.x.title} = ${fx(hover.x)}, ${fy(hover.y)}`)
    : null;
  const emphasis = hover?.seriesId ?? highlightId;

  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      label={label}
      svgRef={svgRef}
      onPointerMove={(e) => {
        const svg = svgRef.current;
        const p = svg ? clientToSvg(svg, e.clientX, e.clientY) : null;
        const hit = p ? nearestPoint(layout, p.x, p.y) : null;
        const next = hit ? { seriesId: hit.seriesId, x: hit.point.x, y: hit.point.y, px: hit.point.px, py: hit.point.py } : null;
        if (next?.seriesId !== hover?.seriesId || next?.x !== hover?.x) {
          setHover(next);
          onHover?.(next && { seriesId: next.seriesId, x: next.x, y: next.y });
        }
      }}
      onPointerLeave={() => {
        setHover(null);
        onHover?.(null);
      }}
    >
      <Regions layout={layout} />
      <Axis layout={layout.yAxis} />
      <Axis layout={layout.xAxis} grid={false} />
      {layout.yRefs.map((r) => <RefLine key={r.id} r={r} />)}
      {layout.xRefs.map((r) => <RefLine key={r.id} r={r} />)}
      {layout.series.map((s) => {
        const dimmed = emphasis !== null && emphasis !== s.id;
        return (
          <g key={s.id} opacity={dimmed ? 0.35 : 1}>
            <path d={s.path} fill="none" stroke={s.style.color} strokeWidth={emphasis === s.id ? strokes.series + 2 : strokes.series} strokeDasharray={s.style.dash || undefined} strokeLinejoin="round" strokeLinecap="round" />
            {s.points.filter((p) => p.marked).map((p, i) => <Marker key={i} shape={s.style.marker} x={p.px} y={p.py} color={s.style.color} />)}
          </g>
        );
      })}
      {hover && (
        <g pointerEvents="none">
          <line x1={hover.px} x2={hover.px} y1={layout.plot.y} y2={layout.plot.y + layout.plot.height} stroke="currentColor" strokeOpacity={0.5} strokeWidth={1.5} />
          <circle cx={hover.px} cy={hover.py} r={9} fill="none" stroke="currentColor" strokeWidth={2.5} />
        </g>
      )}
      <Legend layout={layout.legend} items={layout.series.map((s) => ({ id: s.id, style: s.style, kind: 'line' as const }))} highlightId={emphasis} />
      <HoverReadout x={layout.plot.x + layout.plot.width} y={layout.readoutY} anchor="end" text={readoutText} />
    </ChartSvg>
  );
}
