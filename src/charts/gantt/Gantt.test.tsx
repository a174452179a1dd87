import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommGantt } from '../commGantt/CommGantt.tsx';
import { roles } from '../palette.ts';
import { tickSeconds } from '../tickFormat.ts';
import { Gantt } from './Gantt.tsx';
import { layoutGantt, type GanttInput } from './layout.ts';

// Textures are one path per kind, not a textured rectangle per bar (issue #12 item 3: paint cost per change).
const bars = Array.from({ length: 12 }, (_, i) => ({ row: i % 2, lane: 0, startSeconds: i, endSeconds: i + 0.8, kind: i % 3 === 0 ? 'm' : 'c', text: `B${i}` }));
const input: GanttInput = {
  width: 800, height: 400, rows: ['GPU 0', 'GPU 1'], lanes: ['compute'],
  kinds: [{ id: 'c', label: 'Compute', style: roles.compute }, { id: 'm', label: 'Comm', style: roles.communication }],
  bars, window: [0, 12], axis: { title: 'Time', format: tickSeconds },
};

/** The rectangle drawn for a laid-out bar (same box), not a track or legend swatch. */
const rectOf = (container: HTMLElement, b: { x: number; y: number; width: number; height: number }) =>
  [...container.querySelectorAll('rect')].find((r) => ['x', 'y', 'width', 'height'].every((k) => Number(r.getAttribute(k)) === b[k as 'x' | 'y' | 'width' | 'height']));
const isTextured = (b: { style: { pattern: string } }) => b.style.pattern !== 'solid' && b.style.pattern !== 'none';

describe('Gantt renderer', () => {
  it('draws one coloured rectangle and one label per bar, and each textured kind as a single path over all its bars', () => {
    const { container } = render(<Gantt {...input} label="test" />);
    const laid = layoutGantt(input);
    const textured = new Set(laid.bars.filter(isTextured).map((b) => b.kind));
    expect(textured.size).toBeGreaterThan(0);
    for (const b of laid.bars) {
      const r = rectOf(container, b);
      expect(r?.getAttribute('fill')).toBe(b.style.color);
    }
    const texturePaths = [...container.querySelectorAll('path')].filter((p) => (p.getAttribute('fill') ?? '').startsWith('url(#'));
    expect(texturePaths).toHaveLength(textured.size);
    // One closed subpath per textured bar, and no textured rectangle on top of any bar.
    const subpaths = texturePaths.reduce((n, p) => n + ((p.getAttribute('d') ?? '').match(/z/g)?.length ?? 0), 0);
    expect(subpaths).toBe(laid.bars.filter(isTextured).length);
    const texturedRects = [...container.querySelectorAll('rect[fill^="url("]')].filter((r) => laid.bars.some((b) => Number(r.getAttribute('x')) === b.x && Number(r.getAttribute('y')) === b.y));
    expect(texturedRects).toHaveLength(0);
    expect([...container.querySelectorAll('text')].filter((t) => /^B\d+$/.test(t.textContent ?? ''))).toHaveLength(laid.bars.filter((b) => b.text).length);
  });

  it('hovering a bar still dims the other kinds', () => {
    const { container } = render(<Gantt {...input} label="test" />);
    const laid = layoutGantt(input);
    const first = laid.bars[0];
    const other = laid.bars.find((b) => b.kind !== first?.kind);
    if (!first || !other) throw new Error('the fixture has two kinds');
    fireEvent.pointerEnter(rectOf(container, first) as Element);
    expect(rectOf(container, other)?.getAttribute('opacity')).toBe('0.3');
    expect(rectOf(container, first)?.getAttribute('opacity')).toBe('1');
  });
});

describe('CommGantt renderer', () => {
  it('draws each lane\'s textured kinds as one path each, never a textured rectangle per bar', () => {
    const segs = Array.from({ length: 10 }, (_, i) => ({ lane: i % 2 ? 'link' as const : 'compute' as const, kind: i % 2 ? 'all-reduce' : 'attention', startSeconds: i, endSeconds: i + 0.9 }));
    const style = (kind: string) => (kind === 'all-reduce' ? roles.communication : kind === 'idle' ? { ...roles.compute, pattern: 'diagonal' as const } : roles.compute);
    const { container } = render(<CommGantt width={900} height={300} label="t" rows={[{ id: 'a', label: 'A', bars: segs }]} window={[0, 10]}
      laneLabels={{ compute: 'compute', link: 'link' }} axisTitle="t" format={String} styleOf={style} />);
    expect(container.querySelectorAll('rect[fill^="url("]')).toHaveLength(0);
    // Textured kinds per lane: all-reduce on the link lane; idle gaps on the compute lane.
    const texturePaths = [...container.querySelectorAll('path')].filter((p) => (p.getAttribute('fill') ?? '').startsWith('url(#'));
    expect(texturePaths).toHaveLength(2);
    const allReduce = texturePaths.map((p) => (p.getAttribute('d') ?? '').match(/z/g)?.length ?? 0);
    expect(Math.max(...allReduce)).toBe(5);
  });
});
