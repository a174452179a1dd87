/**
 * The SVG every chart draws into: fixed logical coordinates (viewBox), scaled
 * to its container, role="img" with a text summary, and the fill patterns.
 * Children draw in viewBox coordinates (layouts return absolute positions).
 */
import { createContext, useContext, useId, type PointerEvent, type ReactNode, type Ref } from 'react';
import { patternId, PatternDefs, type Ink } from './patterns.tsx';
import type { FillPattern } from './palette.ts';

export interface ChartSvgProps {
  readonly width: number;
  readonly height: number;
  /** Screen-reader summary of what the chart shows (current language). */
  readonly label: string;
  /**
   * 'img' (default): the chart is one picture, its label says it all. 'group':
   * the chart holds focusable marks (points, nodes) a keyboard user visits, so
   * it must not be an image (an image has no interactive parts); the label
   * still names the whole chart.
   */
  readonly role?: 'img' | 'group';
  readonly children: ReactNode;
  readonly className?: string;
  readonly svgRef?: Ref<SVGSVGElement>;
  readonly onPointerMove?: (e: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerLeave?: (e: PointerEvent<SVGSVGElement>) => void;
}

interface ChartContextValue {
  /** `url(#…)` of a fill texture in this chart, or null for solid/none. */
  readonly patternFill: (pattern: FillPattern, ink: Ink) => string | null;
}

const ChartContext = createContext<ChartContextValue>({ patternFill: () => null });

export function useChart(): ChartContextValue {
  return useContext(ChartContext);
}

export function ChartSvg({ width, height, label, role = 'img', children, className, svgRef, onPointerMove, onPointerLeave }: ChartSvgProps) {
  const prefix = `ui-pat${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const value: ChartContextValue = {
    patternFill: (pattern, ink) => (pattern === 'solid' || pattern === 'none' ? null : `url(#${patternId(prefix, pattern, ink)})`),
  };
  return (
    <svg
      ref={svgRef}
      className={className ? `ui-chart ${className}` : 'ui-chart'}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      role={role}
      aria-label={label}
      fontFamily="inherit"
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
    >
      <PatternDefs prefix={prefix} />
      <ChartContext value={value}>{children}</ChartContext>
    </svg>
  );
}
