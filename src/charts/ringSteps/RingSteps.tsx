/** Thin renderer of layoutRingSteps: ranks as chunk strips, arrows for the current step's sends. */
import { ChartSvg } from '../ChartSvg.tsx';
import { okabeIto } from '../palette.ts';
import { chartFont } from '../theme.ts';
import { layoutRingSteps, type RingStepsInput } from './layout.ts';

export interface RingStepsProps extends RingStepsInput {
  readonly label: string;
  readonly rankLabel: (rank: number) => string;
  readonly animate: boolean;
}

export function RingSteps(props: RingStepsProps) {
  const layout = layoutRingSteps(props);
  const markerId = 'ring-arrow-head';
  return (
    <ChartSvg width={layout.width} height={layout.height} label={props.label}>
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={okabeIto.vermillion} />
        </marker>
      </defs>
      {layout.arrows.map((a) => (
        <g key={a.from}>
          <path d={a.path} fill="none" stroke={okabeIto.vermillion} strokeWidth={3} strokeDasharray="8 4" markerEnd={`url(#${markerId})`} />
          <text x={a.labelX} y={a.labelY} textAnchor="middle" fontSize={chartFont.tick - 2} fill="currentColor" stroke="var(--ui-bg, #fff)" strokeWidth={4} paintOrder="stroke">{`#${a.chunk}`}</text>
        </g>
      ))}
      {layout.ranks.map((r) => (
        <g key={r.rank}>
          <text x={r.cx} y={r.labelY} textAnchor="middle" fontSize={chartFont.label} fontWeight={600} fill="currentColor">{props.rankLabel(r.rank)}</text>
          {r.cells.map((c) => (
            <g key={c.chunk}>
              <rect x={c.x} y={c.y} width={c.size} height={c.size} fill="none" stroke="currentColor" strokeWidth={c.sending ? 3.5 : 1.2} />
              <rect x={c.x + 1} y={c.y + c.size * (1 - c.fill) + 1} width={c.size - 2} height={Math.max(0, c.size * c.fill - 2)}
                fill={c.complete ? okabeIto.bluishGreen : okabeIto.skyBlue}
                style={props.animate ? { transition: 'y 300ms, height 300ms' } : undefined} />
              {c.complete && <text x={c.x + c.size / 2} y={c.y + c.size / 2 + 6} textAnchor="middle" fontSize={Math.max(16, Math.min(18, c.size * 0.8))} fill="#000">✓</text>}
            </g>
          ))}
        </g>
      ))}
    </ChartSvg>
  );
}
