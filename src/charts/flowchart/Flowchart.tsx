/** Thin renderer of layoutFlowchart: taken questions solid and thick, skipped ones dashed and grey. */
import { ChartSvg } from '../ChartSvg.tsx';
import { neutralGrey, okabeIto } from '../palette.ts';
import { fadedOpacity } from '../theme.ts';
import { layoutFlowchart, type FlowBox, type FlowchartInput } from './layout.ts';

export interface FlowchartProps extends FlowchartInput {
  /** Screen-reader summary (current language). */
  readonly label: string;
}

/** How much a skipped box or arrow fades: its words still read at 4.5:1 (#111 at 0.65 on white ≈ 5.9:1, on the orange tint ≈ 5.3:1). */
const SKIPPED_OPACITY = fadedOpacity;

function Box({ box, taken, fill, anchor, bold }: { box: FlowBox; taken: boolean; fill: string; anchor: 'middle' | 'start'; bold: boolean }) {
  return (
    <g opacity={taken ? 1 : SKIPPED_OPACITY}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={8} fill={fill}
        stroke={taken ? 'currentColor' : neutralGrey} strokeWidth={taken ? 3 : 2} strokeDasharray={taken ? undefined : '6 5'} />
      {box.lines.map((l, i) => (
        <text key={i} x={l.x} y={l.y} textAnchor={anchor} fontSize={18} fontWeight={bold ? 700 : 500} fill="currentColor">{l.text}</text>
      ))}
    </g>
  );
}

export function Flowchart(props: FlowchartProps) {
  const layout = layoutFlowchart(props);
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      <defs>
        <marker id="flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {layout.nodes.map((n) => (
        <g key={n.id} data-node={n.id} data-taken={n.taken}>
          <Box box={n.question} taken={n.taken} fill="var(--ui-bg, #fff)" anchor="middle" bold />
          <Box box={n.action} taken={n.taken && n.sideArrow !== null} fill={n.sideArrow ? `${okabeIto.orange}33` : 'none'} anchor="start" bold={false} />
          {n.sideArrow && <line x1={n.sideArrow.x1} x2={n.sideArrow.x2 - 2} y1={n.sideArrow.y} y2={n.sideArrow.y} stroke="currentColor" strokeWidth={3} markerEnd="url(#flow-arrow)" />}
          {n.downArrow && (
            <g opacity={n.taken ? 1 : SKIPPED_OPACITY}>
              <line x1={n.downArrow.x} x2={n.downArrow.x} y1={n.downArrow.y1} y2={n.downArrow.y2 - 2} stroke="currentColor" strokeWidth={n.taken ? 3 : 2} strokeDasharray={n.taken ? undefined : '6 5'} markerEnd="url(#flow-arrow)" />
              <text x={n.downArrow.labelX} y={n.downArrow.labelY} fontSize={16} fontWeight={700} fill="currentColor">{n.downArrow.label}</text>
            </g>
          )}
        </g>
      ))}
    </ChartSvg>
  );
}
