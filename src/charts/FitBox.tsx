/**
 * Gives a chart the logical width and height of the box it is placed in, so
 * it is laid out at 1:1 — fonts at their nominal size, nothing scaled down to
 * fit — whether it fills a stage cell on the 1600×900 slide (clientWidth
 * ignores reveal's scale transform), the explore panel, or a phone. Without
 * ResizeObserver (tests) it uses the defaults.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface FitBoxProps {
  readonly defaultWidth: number;
  readonly defaultHeight: number;
  /** Smallest layout size; a smaller box scales the chart down rather than crowding it. */
  readonly minWidth?: number;
  readonly minHeight?: number;
  /** Largest height to lay out at (a tall explore window need not stretch the chart). */
  readonly maxHeight?: number;
  /** Height ÷ width used when the box has no height of its own (stacked on a phone). */
  readonly aspect?: number;
  readonly children: (size: { readonly width: number; readonly height: number }) => ReactNode;
}

export function FitBox({ defaultWidth, defaultHeight, minWidth = 480, minHeight = 200, maxHeight = 720, aspect = 0.55, children }: FitBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: defaultWidth, height: defaultHeight });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const w = Math.round(el.clientWidth);
      if (w <= 0) return;
      // The box has a height of its own only where the layout stretches it
      // (a stage cell, flex-grow 1); elsewhere its height would be the
      // chart's own, so the chart takes `aspect` of the width.
      const stretched = getComputedStyle(el).flexGrow !== '0';
      const h = stretched ? Math.round(el.clientHeight) : 0;
      const width = Math.max(minWidth, w);
      const height = Math.min(maxHeight, Math.max(minHeight, h > 0 ? h : Math.round(w * aspect)));
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [minWidth, minHeight, maxHeight, aspect]);
  return <div ref={ref} className="ui-fit-box">{children(size)}</div>;
}
