/** Marker shapes as SVG path data centred on (0, 0), from d3-shape's symbols. */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import type { MarkerShape } from './palette.ts';

const SYMBOLS: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
};

/** Path data for a marker about `size` px across. */
export function markerPath(shape: MarkerShape, size: number): string {
  const s = Number.isFinite(size) && size > 0 ? size : 1;
  return symbol(SYMBOLS[shape], s * s * 0.8)() ?? '';
}
