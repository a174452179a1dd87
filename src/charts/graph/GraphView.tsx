/** Draws a laid-out computation graph: fused-kernel hulls, edges, nodes (removed ones ghosted and tagged). */
import { ChartSvg } from '../ChartSvg.tsx';
import { okabeIto } from '../palette.ts';
import { fadedOpacity } from '../theme.ts';
import type { GraphLayout } from './layout.ts';
import { placeRemovalTags } from './tags.ts';

const TAG_FONT = 16;

export interface GraphNodeStyle {
  readonly id: string;
  readonly label: string;
  readonly fill: string;
  readonly stroke: string;
  /** Set when a pass removed the node: its short tag ("fold", "DCE" …). */
  readonly removedTag?: string;
  readonly description: string;
}

export interface GraphViewProps {
  readonly width: number;
  readonly height: number;
  readonly layout: GraphLayout;
  readonly nodes: readonly GraphNodeStyle[];
  readonly highlighted: string | null;
  readonly onHighlight: (id: string | null) => void;
  readonly label: string;
}

export function GraphView({ width, height, layout, nodes, highlighted, onHighlight, label }: GraphViewProps) {
  const tags = placeRemovalTags(layout, nodes.flatMap((n) => (n.removedTag === undefined ? [] : [{ id: n.id, text: `✕ ${n.removedTag}` }])), TAG_FONT, width, height);
  return (
    <ChartSvg width={width} height={height} label={label} role="group">
      <defs>
        <marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L10,5L0,10z" fill="#555" />
        </marker>
      </defs>
      {layout.hulls.map((h, i) => (
        <rect key={`h${i}`} data-kernel={h.index} x={h.rect.x} y={h.rect.y} width={h.rect.width} height={h.rect.height} rx={10}
          fill={okabeIto.orange} fillOpacity={0.14} stroke={okabeIto.orange} strokeWidth={3} strokeDasharray="10 5" />
      ))}
      {layout.edges.map((e) => (
        <path key={`${e.from}>${e.to}`} d={e.path} fill="none" stroke="#555" strokeOpacity={0.55} strokeWidth={1.6} markerEnd="url(#graph-arrow)" />
      ))}
      {nodes.map((n) => {
        const r = layout.nodes.get(n.id);
        if (!r) return null;
        const removed = n.removedTag !== undefined;
        const hot = highlighted === n.id;
        return (
          <g key={n.id} data-node={n.id} data-removed={removed ? 'true' : undefined} tabIndex={0} role="button" aria-label={n.description}
            onPointerEnter={() => onHighlight(n.id)} onFocus={() => onHighlight(n.id)} onClick={() => onHighlight(n.id)}
            style={{ cursor: 'pointer', outline: 'none' }}>
            <title>{n.description}</title>
            <g opacity={removed ? fadedOpacity : 1}>
              <rect x={r.x} y={r.y} width={r.width} height={r.height} rx={6}
                fill={removed ? '#ffffff' : n.fill} stroke={hot ? '#000' : n.stroke} strokeWidth={hot ? 3.5 : 2} strokeDasharray={removed ? '5 4' : undefined} />
              <text x={r.x + r.width / 2} y={r.y + r.height / 2} textAnchor="middle" dominantBaseline="central" fontSize={16}
                textDecoration={removed ? 'line-through' : undefined} fontWeight={hot ? 700 : 500}>
                {n.label}
              </text>
            </g>
          </g>
        );
      })}
      {/* What removed each node, beside it where the graph leaves room (tags.ts), over the nodes and at full strength (the node is faded). */}
      {nodes.map((n) => {
        const at = tags.get(n.id);
        return at && <text key={`tag-${n.id}`} x={at.x} y={at.y} textAnchor={at.anchor} fontSize={TAG_FONT} fontWeight={700} paintOrder="stroke" stroke="#fff" strokeWidth={3} pointerEvents="none">✕ {n.removedTag}</text>;
      })}
    </ChartSvg>
  );
}
