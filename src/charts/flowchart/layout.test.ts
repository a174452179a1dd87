import { describe, expect, it } from 'vitest';
import { layoutFlowchart, wrapText } from './layout.ts';

const nodes = [
  { id: 'a', question: 'Does FP16 fit on one GPU?', answer: 'no', actions: ['Weight quantisation', 'Tensor parallelism'] },
  { id: 'b', question: 'TPOT met at batch 1?', answer: 'yes', actions: [] },
  { id: 'c', question: 'Many requests at once?', answer: null, actions: [] },
];

describe('layoutFlowchart', () => {
  it('layoutFlowchart stacks rows top to bottom without overlap, inside the height', () => {
    const l = layoutFlowchart({ width: 760, nodes, noAction: '—' });
    for (let i = 1; i < l.nodes.length; i++) expect(l.nodes[i]!.question.y).toBeGreaterThan(l.nodes[i - 1]!.question.y + l.nodes[i - 1]!.question.height);
    const last = l.nodes[l.nodes.length - 1]!;
    expect(last.question.y + last.question.height).toBeLessThanOrEqual(l.height);
  });
  it('layoutFlowchart draws a side arrow only where actions were taken, and marks unreached nodes', () => {
    const l = layoutFlowchart({ width: 760, nodes, noAction: '—' });
    expect(l.nodes.map((n) => n.sideArrow !== null)).toEqual([true, false, false]);
    expect(l.nodes.map((n) => n.taken)).toEqual([true, true, false]);
    expect(l.nodes[2]!.downArrow).toBeNull();
    expect(l.nodes[0]!.downArrow!.label).toBe('no');
  });
  it('layoutFlowchart keeps the action box inside the width', () => {
    const l = layoutFlowchart({ width: 500, nodes, noAction: '—' });
    for (const n of l.nodes) expect(n.action.x + n.action.width).toBeLessThanOrEqual(500);
  });
});

describe('wrapText', () => {
  it('wrapText breaks Latin text at spaces and CJK text between characters within the width', () => {
    expect(wrapText('one two three four five six', 18, 80).length).toBeGreaterThan(1);
    const zh = wrapText('把权重和计算切到多卡每卡显存与访存都减少', 18, 100);
    expect(zh.length).toBeGreaterThan(1);
    expect(zh.join('')).toBe('把权重和计算切到多卡每卡显存与访存都减少');
  });
});
