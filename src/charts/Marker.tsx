/** A data-point marker: the role's shape, filled with its colour and outlined so it stands out on lines and fills. */
import { markerPath } from './markers.ts';
import type { MarkerShape } from './palette.ts';

export interface MarkerProps {
  readonly shape: MarkerShape;
  readonly x: number;
  readonly y: number;
  readonly color: string;
  readonly size?: number;
}

export function Marker({ shape, x, y, color, size = 14 }: MarkerProps) {
  return <path d={markerPath(shape, size)} transform={`translate(${x} ${y})`} fill={color} stroke="#FFFFFF" strokeWidth={1.5} />;
}
