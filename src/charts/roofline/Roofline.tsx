/** Draws a roofline layout: roofs with their dashes, ridge markers, and focusable points. */
import { Axis } from '../Axis.tsx';
import { ChartSvg } from '../ChartSvg.tsx';
import { Marker } from '../Marker.tsx';
import { textShadeOnWhite, type MarkerShape } from '../palette.ts';
import { chartFont, strokes } from '../theme.ts';
import type { RooflineChartLayout } from './layout.ts';
import { placeRooflineLabels } from './labels.ts';

const ROOF_FONT = chartFont.label - 1;
const RIDGE_FONT = chartFont.label - 2;
const POINT_FONT = chartFont.label - 2;

export interface RooflinePointStyle {
  readonly id: string;
  readonly shape: MarkerShape;
  readonly color: string;
  /** Hollow = a bound (what the roof allows); filled = a measurement or an operator. */
  readonly hollow?: boolean;
  readonly label?: string;
  /** Always show the label next to the point. */
  readonly showLabel?: boolean;
  readonly description: string;
}

export interface RooflineProps {
  readonly width: number;
  readonly height: number;
  readonly layout: RooflineChartLayout;
  readonly roofStyles: readonly { readonly color: string; readonly dash: string }[];
  readonly ridgeLabels: readonly string[];
  readonly points: readonly RooflinePointStyle[];
  readonly highlighted: string | null;
  readonly onHighlight: (id: string | null) => void;
  readonly label: string;
}

export function Roofline({ width, height, layout, roofStyles, ridgeLabels, points, highlighted, onHighlight, label }: RooflineProps) {
  const byId = new Map(layout.points.map((p) => [p.id, p]));
  const { plot } = layout;
  const pointLabels = new Map(points.filter((p) => p.label && (p.showLabel || p.id === highlighted)).map((p) => [p.id, p.label!]));
  const placed = placeRooflineLabels({
    layout, width, height,
    roofLabels: layout.roofs.map((r) => r.label), roofFontSize: ROOF_FONT,
    ridgeLabels, ridgeFontSize: RIDGE_FONT,
    pointLabels, pointFontSize: POINT_FONT,
  });
  return (
    <ChartSvg width={width} height={height} label={label} role="group">
      <Axis layout={layout.xAxis} />
      <Axis layout={layout.yAxis} />
      {layout.roofs.map((r, i) => {
        const st = roofStyles[i] ?? { color: '#000', dash: '' };
        return (
          <g key={r.id} data-roof={r.id}>
            <path d={r.path} fill="none" stroke={st.color} strokeWidth={strokes.series} strokeDasharray={st.dash} />
            {r.ridge.x >= plot.x && r.ridge.x <= plot.x + plot.width && (
              <>
                <line x1={r.ridge.x} x2={r.ridge.x} y1={r.ridge.y} y2={plot.y + plot.height} stroke={st.color} strokeDasharray="2 5" strokeWidth={strokes.reference} />
                <circle cx={r.ridge.x} cy={r.ridge.y} r={6} fill="#fff" stroke={st.color} strokeWidth={2.5} />
                {placed.ridges[i] && (
                  <text x={placed.ridges[i].x} textAnchor={placed.ridges[i].anchor}
                    y={placed.ridges[i].y} fontSize={RIDGE_FONT} fill={textShadeOnWhite(st.color)} fontWeight={600}
                    paintOrder="stroke" stroke="#fff" strokeWidth={4}>{ridgeLabels[i]}</text>
                )}
              </>
            )}
            {/* The label in its roof's hue, darkened where needed to read at 4.5:1 on the white page. */}
            <text x={placed.roofs[i]!.x} y={placed.roofs[i]!.y} textAnchor={placed.roofs[i]!.anchor} fontSize={ROOF_FONT} fill={textShadeOnWhite(st.color)} fontWeight={600} paintOrder="stroke" stroke="#fff" strokeWidth={4}>{r.label}</text>
          </g>
        );
      })}
      {points.map((p) => {
        const at = byId.get(p.id);
        if (!at) return null;
        const hot = highlighted === p.id;
        return (
          <g
            key={p.id}
            data-point={p.id}
            tabIndex={0}
            role="button"
            aria-label={p.description}
            onPointerEnter={() => onHighlight(p.id)}
            onFocus={() => onHighlight(p.id)}
            onClick={() => onHighlight(p.id)}
            style={{ cursor: 'pointer', outline: 'none' }}
          >
            <title>{p.description}</title>
            {hot && <circle cx={at.x} cy={at.y} r={16} fill="none" stroke="#000" strokeWidth={2} />}
            {p.hollow
              ? <path d={`M${at.x - 8},${at.y}a8,8 0 1,0 16,0a8,8 0 1,0 -16,0`} fill="#fff" stroke={p.color} strokeWidth={3} />
              : <Marker shape={p.shape} x={at.x} y={at.y} color={p.color} size={hot ? 20 : 16} />}
            {placed.points.has(p.id) && (
              <text x={placed.points.get(p.id)!.x} y={placed.points.get(p.id)!.y} textAnchor={placed.points.get(p.id)!.anchor} fontSize={POINT_FONT} fontWeight={hot ? 700 : 500} paintOrder="stroke" stroke="#fff" strokeWidth={4}>{p.label}</text>
            )}
          </g>
        );
      })}
    </ChartSvg>
  );
}
