/**
 * A vertical decision flowchart: one question box per row, an arrow to the
 * next question labelled with the answer, and the actions taken at that
 * question in a box to its right. Numbers and strings in, geometry out.
 */
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont } from '../theme.ts';

export interface FlowNodeInput {
  readonly id: string;
  readonly question: string;
  /** The answer given ('是' / 'yes'); null when the question was not reached. */
  readonly answer: string | null;
  /** Actions taken at this question (may be empty). */
  readonly actions: readonly string[];
}

export interface FlowchartInput {
  readonly width: number;
  readonly nodes: readonly FlowNodeInput[];
  /** Text shown in an action box when nothing was added (e.g. '—'). */
  readonly noAction: string;
}

export const flowchartDefaults = {
  margin: 8,
  /** Share of the width the question column takes. */
  questionShare: 0.42,
  gap: 44,
  padding: 8,
  fontSize: chartFont.tick,
  lineHeight: 1.25,
  /** Vertical room for the arrow and its answer label between two rows. */
  arrow: 30,
} as const;

export interface FlowBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly { readonly text: string; readonly x: number; readonly y: number }[];
}

export interface FlowNodeLayout {
  readonly id: string;
  readonly taken: boolean;
  readonly question: FlowBox;
  readonly action: FlowBox;
  /** Arrow from the question box to the action box (y, x1, x2); null when nothing was done. */
  readonly sideArrow: { readonly y: number; readonly x1: number; readonly x2: number } | null;
  /** Arrow down to the next row (null for the last), with its answer label. */
  readonly downArrow: { readonly x: number; readonly y1: number; readonly y2: number; readonly labelX: number; readonly labelY: number; readonly label: string } | null;
}

export interface FlowchartLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly nodes: readonly FlowNodeLayout[];
}

/** Greedy line breaking at spaces (Latin) or between characters (CJK), within `max` px. */
export function wrapText(text: string, fontSize: number, max: number): string[] {
  const tokens = text.match(/[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line !== '' && estimateTextWidth(next.trimEnd(), fontSize) > max) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

export function layoutFlowchart(input: FlowchartInput): FlowchartLayout {
  const d = flowchartDefaults;
  const fs = d.fontSize;
  const lh = fs * d.lineHeight;
  const qWidth = Math.round((input.width - 2 * d.margin) * d.questionShare);
  const aX = d.margin + qWidth + d.gap;
  const aWidth = input.width - d.margin - aX;
  const nodes: FlowNodeLayout[] = [];
  let y = d.margin;
  input.nodes.forEach((n, i) => {
    const qLines = wrapText(n.question, fs, qWidth - 2 * d.padding);
    const aText = n.actions.length > 0 ? n.actions.map((a) => `+ ${a}`) : [input.noAction];
    const aLines = aText.flatMap((a) => wrapText(a, fs, aWidth - 2 * d.padding));
    const rows = Math.max(qLines.length, aLines.length);
    const h = rows * lh + 2 * d.padding;
    const box = (x: number, w: number, lines: string[], centre: boolean): FlowBox => {
      const top = y + (h - lines.length * lh) / 2 + fs * 0.95;
      return { x, y, width: w, height: h, lines: lines.map((text, k) => ({ text, x: centre ? x + w / 2 : x + d.padding, y: top + k * lh })) };
    };
    const question = box(d.margin, qWidth, qLines, true);
    const action = box(aX, aWidth, aLines, false);
    const last = i === input.nodes.length - 1;
    const x = d.margin + qWidth / 2;
    nodes.push({
      id: n.id, taken: n.answer !== null, question, action,
      sideArrow: n.actions.length > 0 ? { y: y + h / 2, x1: d.margin + qWidth, x2: aX } : null,
      downArrow: last ? null : { x, y1: y + h, y2: y + h + d.arrow, labelX: x + 10, labelY: y + h + d.arrow / 2 + fs * 0.35, label: n.answer ?? '' },
    });
    y += h + (last ? 0 : d.arrow);
  });
  return { width: input.width, height: y + d.margin, fontSize: fs, nodes };
}
