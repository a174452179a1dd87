/**
 * Textures of many non-overlapping bars as one path per kind, not a textured
 * <rect> per bar: a control change then repaints a handful of patterns
 * instead of hundreds (issue #12 item 3). Used by the Gantt charts.
 */
import type { Rect } from './theme.ts';

export interface TexturePath {
  readonly kind: string;
  /** The pattern fill, `url(#…)`. */
  readonly fill: string;
  /** One closed rectangle subpath per bar of the kind. */
  readonly d: string;
}

/** Bars with a texture (`fillOf` gives its pattern fill, or null for none), grouped by kind in first-seen order. */
export function texturePaths<B extends Rect & { readonly kind: string }>(bars: readonly B[], fillOf: (b: B) => string | null): TexturePath[] {
  const byKind = new Map<string, { fill: string; d: string[] }>();
  for (const b of bars) {
    const fill = fillOf(b);
    if (!fill) continue;
    let t = byKind.get(b.kind);
    if (!t) byKind.set(b.kind, (t = { fill, d: [] }));
    t.d.push(`M${b.x} ${b.y}h${b.width}v${b.height}h${-b.width}z`);
  }
  return [...byKind].map(([kind, t]) => ({ kind, fill: t.fill, d: t.d.join('') }));
}
