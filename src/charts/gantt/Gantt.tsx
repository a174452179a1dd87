/**
 * Thin renderer of layoutGantt: idle tracks, bars with colour + texture,
 * row and lane labels, the time axis, the "…" tail and a readout line for
 * the hovered bar.
 */
import { useState } from 'react';
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { HoverReadout } from '../HoverReadout.tsx';
import { Legend } from '../Legend.tsx';
import { chartFont } from '../theme.ts';
import { texturePaths } from '../texturePaths.ts';
import { ganttDefaults, layoutGantt, type GanttBarLayout, type GanttInput } from './layout.ts';

export interface GanttProps extends GanttInput {
  /** Screen-reader summary (current language). */
  readonly label: string;
  /** Kind id to emphasise; other kinds are dimmed. */
  readonly highlightKind?: string | null;
}

/**
 * The bars: colour rectangles (each with its hover), then each kind's texture as ONE path over all its bars,
 * then the labels. A textured <rect> per bar made every control change repaint one pattern per bar (issue #12
 * item 3); bars never overlap, so the picture is the same.
 */
function Bars({ bars, emphasis, onHover }: { bars: readonly GanttBarLayout[]; emphasis: string | null; onHover: (b: GanttBarLayout | null) => void }) {
  const { patternFill } = useChart();
  const dim = (kind: string) => (emphasis !== null && emphasis !== kind ? 0.3 : 1);
  return (
    <>
      {bars.map((b) => (
        <rect key={b.key} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.style.color} stroke="var(--ui-bg, #fff)" strokeWidth={b.width > 4 ? 1 : 0}
          opacity={dim(b.kind)} onPointerEnter={() => onHover(b)} onPointerLeave={() => onHover(null)} />
      ))}
      {texturePaths(bars, (b) => patternFill(b.style.pattern, b.style.ink)).map((t) => <path key={`tex-${t.kind}`} d={t.d} fill={t.fill} opacity={dim(t.kind)} pointerEvents="none" />)}
      {bars.filter((b) => b.text).map((b) => (
        <text key={`t-${b.key}`} x={b.textX} y={b.textY} textAnchor="middle" fontSize={ganttDefaults.smallFont} fontWeight={700} fill={b.style.ink} stroke={b.style.color} strokeWidth={3} paintOrder="stroke"
          opacity={dim(b.kind)} pointerEvents="none">{b.text}</text>
      ))}
    </>
  );
}

export function Gantt(props: GanttProps) {
  const layout = layoutGantt(props);
  const [hovered, setHovered] = useState<GanttBarLayout | null>(null);
  const emphasis = hovered?.kind ?? props.highlightKind ?? null;
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      <Legend layout={layout.legend} items={props.kinds.map((k) => ({ id: k.id, style: k.style, kind: 'fill' as const }))} highlightId={emphasis} />
      {layout.tracks.map((t, i) => (
        <rect key={`t${i}`} x={t.x} y={t.y} width={t.width} height={t.height} fill="currentColor" fillOpacity={0.06} stroke="currentColor" strokeOpacity={0.25} strokeDasharray="4 4" />
      ))}
      <Axis layout={layout.axis} />
      <g fill="currentColor">
        {layout.rowLabels.map((r, i) => <text key={`r${i}`} x={r.x} y={r.y} fontSize={chartFont.tick} fontWeight={700}>{r.text}</text>)}
        {layout.laneLabels.map((l, i) => <text key={`l${i}`} x={l.x} y={l.y} textAnchor="end" fontSize={ganttDefaults.smallFont}>{l.text}</text>)}
      </g>
      <Bars bars={layout.bars} emphasis={emphasis} onHover={setHovered} />
      {layout.tail && (
        <g fill="currentColor">
          <path d={`M${layout.tail.breakX - 5},${layout.plot.y} l10,${layout.plot.height / 2} l-10,${layout.plot.height / 2}`} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray="6 4" />
          {layout.tail.lines.map((l, i) => <text key={i} x={layout.tail!.x} y={l.y} fontSize={chartFont.tick} fontWeight={i === layout.tail!.lines.length - 1 ? 700 : 400}>{l.text}</text>)}
        </g>
      )}
      <HoverReadout x={layout.plot.x} y={layout.readoutY} text={hovered ? hovered.title : null} />
    </ChartSvg>
  );
}
