/** Thin renderer of layoutCommGantt: lanes of bars (colour + texture + label per kind), idle gaps hatched grey. */
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import type { MarkStyle } from '../palette.ts';
import { chartFont } from '../theme.ts';
import { layoutCommGantt, type CommGanttInput } from './layout.ts';

export interface CommGanttProps extends CommGanttInput {
  readonly label: string;
  readonly styleOf: (kind: string) => MarkStyle;
}

function Bars({ layout, styleOf }: { layout: ReturnType<typeof layoutCommGantt>; styleOf: (kind: string) => MarkStyle }) {
  const { patternFill } = useChart();
  return (
    <>
      {layout.lanes.map((lane) => (
        <g key={lane.key}>
          <text x={layout.plot.x - 10} y={lane.y + lane.height / 2 + 6} textAnchor="end" fontSize={chartFont.tick} fill="currentColor">{lane.title}</text>
          <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={lane.y + lane.height} y2={lane.y + lane.height} stroke="currentColor" strokeOpacity={0.25} />
          {lane.bars.map((b) => {
            const st = styleOf(b.kind);
            const pattern = patternFill(st.pattern, st.ink);
            return (
              <g key={b.key}>
                <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={st.color} fillOpacity={b.kind === 'idle' ? 0.35 : 1} stroke="var(--ui-bg, #fff)" strokeWidth={b.width > 3 ? 1 : 0} />
                {pattern && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={pattern} opacity={0.45} />}
                {b.label && <text x={b.x + b.width / 2} y={b.y + b.height / 2 + 6} textAnchor="middle" fontSize={chartFont.tick - 2} fill={st.ink}>{b.label}</text>}
              </g>
            );
          })}
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
