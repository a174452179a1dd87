/**
 * Gives a chart the logical width of its container, so its fonts stay at their
 * nominal size whether the slide is 1600 logical px wide (clientWidth ignores
 * reveal's scale transform) or the chart is stacked on a phone. Without
 * ResizeObserver (server render, tests) it uses `defaultWidth`.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface FitWidthProps {
  /** Width before measuring; simChartArea.withOutputs.width is the slide's chart column. */
  readonly defaultWidth: number;
  /** Narrowest layout width; a narrower container scales the chart down. */
  readonly minWidth?: number;
  readonly children: (width: number) => ReactNode;
}

export function FitWidth({ defaultWidth, minWidth = 320, children }: FitWidthProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(defaultWidth);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const w = Math.round(el.clientWidth);
      if (w > 0) setWidth(Math.max(minWidth, w));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [minWidth]);
  return <div ref={ref} className="ui-fit-width">{children(width)}</div>;
}
