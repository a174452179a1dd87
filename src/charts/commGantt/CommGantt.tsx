/** Thin renderer of layoutCommGantt: lanes of bars (colour + texture + label per kind), idle gaps hatched grey. */
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import type { MarkStyle } from '../palette.ts';
import { chartFont } from '../theme.ts';
import { texturePaths } from '../texturePaths.ts';
import { layoutCommGantt, type CommGanttInput } from './layout.ts';

export interface CommGanttProps extends CommGanttInput {
  readonly label: string;
  readonly styleOf: (kind: string) => MarkStyle;
}

function Bars({ layout, styleOf }: { layout: ReturnType<typeof layoutCommGantt>; styleOf: (kind: string) => MarkStyle }) {
  const { patternFill } = useChart();
  // Each kind's texture as one path over all its bars in the lane (texturePaths); bars never overlap: the same picture.
  const textureOf = (b: { readonly kind: string }) => { const st = styleOf(b.kind); return patternFill(st.pattern, st.ink); };
  return (
    <>
      {layout.lanes.map((lane) => (
        <g key={lane.key}>
          <text x={layout.plot.x - 10} y={lane.y + lane.height / 2 + 6} textAnchor="end" fontSize={chartFont.tick} fill="currentColor">{lane.title}</text>
          <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={lane.y + lane.height} y2={lane.y + lane.height} stroke="currentColor" strokeOpacity={0.25} />
          {lane.bars.map((b) => (
            <rect key={b.key} x={b.x} y={b.y} width={b.width} height={b.height} fill={styleOf(b.kind).color} fillOpacity={b.kind === 'idle' ? 0.35 : 1} stroke="var(--ui-bg, #fff)" strokeWidth={b.width > 3 ? 1 : 0} />
          ))}
          {texturePaths(lane.bars, textureOf).map((t) => <path key={`tex-${t.kind}`} d={t.d} fill={t.fill} opacity={0.45} pointerEvents="none" />)}
          {lane.bars.filter((b) => b.label).map((b) => (
            <text key={`t-${b.key}`} x={b.x + b.width / 2} y={b.y + b.height / 2 + 6} textAnchor="middle" fontSize={chartFont.tick - 2} fill={styleOf(b.kind).ink}>{b.label}</text>
          ))}
        </g>
      ))}
    </>
  );
}

export function CommGantt(props: CommGanttProps) {
  const layout = layoutCommGantt(props);
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      {layout.rowLabels.map((r) => (
        <text key={r.text + r.y} x={8} y={r.y + 19} fontSize={chartFont.label} fontWeight={700} fill="currentColor">{r.text}</text>
      ))}
      <Bars layout={layout} styleOf={props.styleOf} />
      <Axis layout={layout.axis} grid={false} />
    </ChartSvg>
  );
}
