/**
 * Fill textures (hatching, dots) drawn over a segment's colour so parts differ
 * by texture as well as hue. Defined once per <ChartSvg> with ids unique to it.
 */
import type { FillPattern } from './palette.ts';

export type Ink = '#000000' | '#FFFFFF';

const TILE = 12;
const PATTERNS: readonly Exclude<FillPattern, 'solid' | 'none'>[] = ['diagonal', 'backDiagonal', 'dots', 'crosshatch', 'horizontal', 'vertical'];

export function patternId(prefix: string, pattern: FillPattern, ink: Ink): string {
  return `${prefix}-${pattern}-${ink === '#000000' ? 'k' : 'w'}`;
}

function Tile({ pattern, ink }: { pattern: (typeof PATTERNS)[number]; ink: Ink }) {
  const common = { stroke: ink, strokeOpacity: 0.45, strokeWidth: 2 };
  switch (pattern) {
    case 'diagonal': return <path d={`M0,${TILE} L${TILE},0 M-3,3 L3,-3 M${TILE - 3},${TILE + 3} L${TILE + 3},${TILE - 3}`} {...common} />;
    case 'backDiagonal': return <path d={`M0,0 L${TILE},${TILE} M-3,${TILE - 3} L3,${TILE + 3} M${TILE - 3},-3 L${TILE + 3},3`} {...common} />;
    case 'crosshatch': return <path d={`M0,${TILE} L${TILE},0 M0,0 L${TILE},${TILE}`} {...common} strokeWidth={1.5} />;
    case 'horizontal': return <path d={`M0,${TILE / 2} L${TILE},${TILE / 2}`} {...common} />;
    case 'vertical': return <path d={`M${TILE / 2},0 L${TILE / 2},${TILE}`} {...common} />;
    case 'dots': return <circle cx={TILE / 2} cy={TILE / 2} r={2.2} fill={ink} fillOpacity={0.5} />;
  }
}

export function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {PATTERNS.flatMap((p) => (['#000000', '#FFFFFF'] as const).map((ink) => (
        <pattern key={patternId(prefix, p, ink)} id={patternId(prefix, p, ink)} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
          <Tile pattern={p} ink={ink} />
        </pattern>
      )))}
    </defs>
  );
}
