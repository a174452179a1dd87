/** Thin renderer of layoutWaterfall: textured bars, change labels, connectors, a reference line and category labels. */
import { Axis } from '../Axis.tsx';
import { ChartSvg, useChart } from '../ChartSvg.tsx';
import { chartFont, fadedOpacity, strokes } from '../theme.ts';
import { layoutWaterfall, type WaterfallBarLayout, type WaterfallInput } from './layout.ts';

export interface WaterfallProps extends WaterfallInput {
  /** Screen-reader summary (current language). */
  readonly label: string;
}

/** A step not revealed yet is faded, but its label still reads at 4.5:1 (#111 at 0.65 on white ≈ 5.9:1). */
const HIDDEN_OPACITY = fadedOpacity;

function Bar({ b }: { b: WaterfallBarLayout }) {
  const { patternFill } = useChart();
  const pattern = patternFill(b.style.pattern, b.style.ink);
  const drawn = b.kind !== 'hidden' && b.kind !== 'missing';
  const lh = chartFont.tick * 1.2;
  return (
    <g data-kind={b.kind}>
      {drawn && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={b.style.color} stroke={b.active ? 'currentColor' : 'none'} strokeWidth={b.active ? 3 : 0} />}
      {drawn && pattern && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={pattern} />}
      {drawn && b.style.pattern === 'none' && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="none" stroke="currentColor" strokeDasharray="6 4" />}
      {b.kind === 'hidden' && <text x={b.textX} y={b.textY} textAnchor="middle" fontSize={chartFont.tick} fill="currentColor" opacity={HIDDEN_OPACITY}>?</text>}
      {b.text && <text x={b.textX} y={b.textY} textAnchor="middle" fontSize={chartFont.tick} fontWeight={700} fill="currentColor">{b.text}</text>}
      <text x={b.labelX} y={b.labelY} textAnchor="middle" fontSize={chartFont.tick} fontWeight={b.active ? 700 : 400} fill="currentColor" opacity={b.kind === 'hidden' ? HIDDEN_OPACITY : 1}>
        {b.label.map((l, i) => <tspan key={i} x={b.labelX} dy={i === 0 ? 0 : lh}>{l}</tspan>)}
      </text>
    </g>
  );
}

export function Waterfall(props: WaterfallProps) {
  const layout = layoutWaterfall(props);
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      <Axis layout={layout.axis} />
      {layout.reference && (
        <g>
          <line x1={layout.reference.x1} x2={layout.reference.x2} y1={layout.reference.y} y2={layout.reference.y} stroke="currentColor" strokeWidth={strokes.reference} strokeDasharray="12 6" />
          <line x1={layout.reference.keyX1} x2={layout.reference.keyX2} y1={layout.reference.labelY - chartFont.tick * 0.35} y2={layout.reference.labelY - chartFont.tick * 0.35} stroke="currentColor" strokeWidth={strokes.reference} strokeDasharray="12 6" />
          <text x={layout.reference.labelX} y={layout.reference.labelY} textAnchor="end" fontSize={chartFont.tick} fontWeight={600} fill="currentColor">{layout.reference.label}</text>
        </g>
      )}
      {layout.connectors.map((c, i) => <line key={i} x1={c.x1} x2={c.x2} y1={c.y} y2={c.y} stroke="currentColor" strokeWidth={1.5} strokeDasharray="4 3" />)}
      {layout.bars.map((b) => <Bar key={b.id} b={b} />)}
    </ChartSvg>
  );
}
