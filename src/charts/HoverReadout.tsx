/**
 * The value under the pointer, as a line of text inside the SVG (not a
 * floating tooltip: it prints, scales with the slide and needs no portal).
 * A halo keeps it readable over grid lines and data.
 */
import { chartFont } from './theme.ts';

export interface HoverReadoutProps {
  readonly x: number;
  readonly y: number;
  readonly text: string | null;
  readonly anchor?: 'start' | 'middle' | 'end';
}

export function HoverReadout({ x, y, text, anchor = 'start' }: HoverReadoutProps) {
  if (!text) return null;
  return (
    <text className="ui-readout-line" x={x} y={y} textAnchor={anchor} fontSize={chartFont.label} fontWeight={700} fill="currentColor" stroke="var(--ui-bg, #fff)" strokeWidth={5} paintOrder="stroke" aria-hidden="true">
      {text}
    </text>
  );
}
