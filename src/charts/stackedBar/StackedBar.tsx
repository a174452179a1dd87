/**
 * Thin renderer of layoutStackedBar: segments filled with colour + texture and
 * labelled when they fit, totals, the capacity line, overflow outlined and
 * named, a legend, and a readout line for the hovered segment.
 */
import { useState } from 'react';
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { HoverReadout } from '../HoverReadout.tsx';
import { Legend } from '../Legend.tsx';
import { chartFont, fadedOpacity, strokes } from '../theme.ts';
import { layoutStackedBar, type SegmentLayout, type StackedBarInput } from './layout.ts';

export interface StackedBarProps extends StackedBarInput {
  /** Screen-reader summary (current language). */
  readonly label: string;
  /** Segment id to emphasise (e.g. from a hovered derivation term); other segments are dimmed. */
  readonly highlightId?: string | null;
  readonly onHoverSegment?: (segmentId: string | null) => void;
  /**
   * Hide the bars (their length is the answer to a question the room has not
   * answered yet): each bar shows this text instead; the axis and the
   * capacity line stay.
   */
  readonly masked?: string;
  /** The bars `masked` applies to (default: every bar), so a known bar can stay beside hidden ones. */
  readonly maskedBars?: readonly string[];
}

function Segment({ s, dimmed, emphasised, onHover }: { s: SegmentLayout; dimmed: boolean; emphasised: boolean; onHover: (id: string | null) => void }) {
  const { patternFill } = useChart();
  const pattern = patternFill(s.style.pattern, s.style.ink);
  if (s.width <= 0) return null;
  return (
    // The other segments fade while one is hovered: their fills far, their words only as far as stays readable.
    <g onPointerEnter={() => onHover(s.id)} onPointerLeave={() => onHover(null)}>
      <g opacity={dimmed ? 0.35 : 1}>
        <rect x={s.x} y={s.y} width={s.width} height={s.height} fill={s.style.color} stroke="var(--ui-bg, #fff)" strokeWidth={2} />
        {pattern && <rect x={s.x} y={s.y} width={s.width} height={s.height} fill={pattern} pointerEvents="none" />}
        {s.style.pattern === 'none' && <rect x={s.x + 1} y={s.y + 1} width={Math.max(0, s.width - 2)} height={s.height - 2} fill="none" stroke="currentColor" strokeDasharray="6 4" />}
      </g>
      {emphasised && <rect x={s.x} y={s.y} width={s.width} height={s.height} fill="none" stroke="currentColor" strokeWidth={4} />}
      {s.text.length > 0 && (
        <text x={s.textX} y={s.textY} textAnchor="middle" fontSize={chartFont.tick} fontWeight={600} fill={dimmed ? 'currentColor' : s.style.ink} stroke={dimmed ? 'var(--ui-bg, #fff)' : s.style.color} strokeWidth={4} paintOrder="stroke" pointerEvents="none" opacity={dimmed ? fadedOpacity : 1}>
          {s.text.map((t, i) => <tspan key={i} x={s.textX} dy={i === 0 ? 0 : chartFont.tick * 1.2}>{t}</tspan>)}
        </text>
      )}
    </g>
  );
}

export function StackedBar(props: StackedBarProps) {
  const { label, highlightId = null, onHoverSegment, maskedBars } = props;
  const maskOf = (barId: string): string | undefined => (maskedBars === undefined || maskedBars.includes(barId) ? props.masked : undefined);
  const layout = layoutStackedBar(props);
  const [hovered, setHovered] = useState<{ barId: string; id: string } | null>(null);
  const emphasis = hovered?.id ?? highlightId;
  const hoveredSegment = hovered ? layout.segments.find((s) => s.barId === hovered.barId && s.id === hovered.id) : undefined;
  const format = props.valueFormat ?? props.axis.format;
  const readout = hoveredSegment ? `${hoveredSegment.label}: ${format ? format(hoveredSegment.value) : hoveredSegment.value}` : null;
  const legendItems = layout.segments.filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i).map((s) => ({ id: s.id, style: s.style, kind: 'fill' as const }));

  return (
    <ChartSvg width={layout.width} height={layout.height} label={label}>
      <Axis layout={layout.axis} />
      {layout.bars.map((b) => { const masked = maskOf(b.id); return (
        <g key={b.id}>
          {b.label && <text x={b.labelX} y={b.labelY} textAnchor="end" fontSize={chartFont.tick} fontWeight={600} fill="currentColor">{b.label}</text>}
          {masked !== undefined && (
            <text x={layout.plot.x + 12} y={b.totalY} fontSize={chartFont.title} fontWeight={700} fill="currentColor">{masked}</text>
          )}
          {masked === undefined && layout.segments.filter((s) => s.barId === b.id).map((s) => (
            <Segment
              key={s.id}
              s={s}
              dimmed={emphasis !== null && emphasis !== s.id}
              emphasised={emphasis === s.id}
              onHover={(id) => {
                setHovered(id === null ? null : { barId: b.id, id });
                onHoverSegment?.(id);
              }}
            />
          ))}
          {masked === undefined && b.overflow && (
            <g pointerEvents="none">
              <rect x={b.overflow.x} y={b.overflow.y} width={b.overflow.width} height={b.overflow.height} fill="none" stroke="currentColor" strokeWidth={3} strokeDasharray="3 3" />
            </g>
          )}
          {masked === undefined && <text x={b.totalX} y={b.totalY} textAnchor="start" fontSize={chartFont.tick} fontWeight={700} fill="currentColor">{b.totalText}</text>}
        </g>
      ); })}
      {layout.capacity && (
        <g pointerEvents="none">
          <line x1={layout.capacity.x} x2={layout.capacity.x} y1={layout.capacity.y1} y2={layout.capacity.y2} stroke="currentColor" strokeWidth={strokes.reference + 1} strokeDasharray="10 5" />
          <text x={layout.capacity.labelX} y={layout.capacity.labelY} textAnchor={layout.capacity.labelAnchor} fontSize={chartFont.label} fontWeight={700} fill="currentColor">{layout.capacity.label}</text>
        </g>
      )}
      <Legend layout={layout.legend} items={legendItems} highlightId={emphasis} />
      <HoverReadout x={layout.plot.x} y={layout.readoutY} anchor="start" text={readout} />
    </ChartSvg>
  );
}
