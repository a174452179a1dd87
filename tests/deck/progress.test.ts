import { describe, expect, it } from 'vitest';
import { parseProgress, PROGRESS_VERSION } from '../../src/deck/progress/progressStore.ts';
import { sectionProgress } from '../../src/deck/progress/sectionProgress.ts';
import type { DeckContent } from '../../src/deck/content/types.ts';

describe('saved progress', () => {
  it('reads its own version and migrates a bare list of ids (version 0)', () => {
    expect(parseProgress({ v: PROGRESS_VERSION, visited: ['importance', 'memory-basics/budget'], last: 'memory-basics/budget' })).toEqual({
      progress: { visited: new Set(['importance', 'memory-basics/budget']), last: 'memory-basics/budget' }, corrupt: false,
    });
    expect(parseProgress(['importance']).progress.visited).toEqual(new Set(['importance']));
  });

  it('drops what it cannot read and says so', () => {
    expect(parseProgress({ v: 9, visited: [] }).corrupt).toBe(true);
    expect(parseProgress('x').corrupt).toBe(true);
    const r = parseProgress({ v: PROGRESS_VERSION, visited: ['ok', 42, '<script>', '__proto__/x'], last: { evil: 1 } });
    expect(r.corrupt).toBe(true);
    expect(r.progress.visited).toEqual(new Set(['ok', '__proto__/x']));
    expect(r.progress.last).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('section progress', () => {
  const content: DeckContent = {
    sections: [
      { id: 'title', file: '00-title.md', layout: 'flat', slides: [{ id: 'title', classes: [], fragments: false, blocks: [], notesHtml: '' }] },
      {
        id: 'memory-basics', file: '02.md', layout: 'stack', slides: [
          { id: 'memory-basics', classes: [], fragments: false, blocks: [], notesHtml: '' },
          { id: 'memory-basics/budget', classes: [], fragments: false, blocks: [{ kind: 'sim', name: 'memory-budget', preset: {} }], notesHtml: '' },
          { id: 'memory-basics/models', classes: [], fragments: false, blocks: [{ kind: 'sim', name: 'memory-budget', preset: { view: 'table' } }], notesHtml: '' },
        ],
      },
    ],
  };
  it('counts visited slides, answered predictions and solved exercises per section', () => {
    const rows = sectionProgress(content, (n, v) => (v === 'default' ? n : `${n}:${v}`), {
      visited: new Set(['memory-basics', 'memory-basics/models', 'elsewhere']),
      answered: new Set(['memory-budget']),
      exercises: { 'memory-basics': 2 },
    });
    expect(rows).toEqual([{ section: 'memory-basics', slides: 3, visited: 2, answered: 1, exercises: 2 }]);
  });
});
