import { describe, expect, it } from 'vitest';
import { notesAt, splitNotes, withNotes } from '../../src/deck/content/notes.ts';
import type { DeckContent } from '../../src/deck/content/types.ts';

const deck: DeckContent = {
  sections: [
    { id: 'title', file: '00-title.md', layout: 'flat', slides: [{ id: 'title', classes: [], fragments: false, blocks: [{ kind: 'html', html: '<h1>T</h1>' }], notesHtml: '<p>open</p>' }] },
    {
      id: 'a', file: '01-a.md', layout: 'stack', slides: [
        { id: 'a', classes: [], fragments: true, blocks: [], notesHtml: '' },
        { classes: ['dense'], fragments: false, blocks: [{ kind: 'sim', name: 'roofline', preset: {} }], notesHtml: '<p>two</p>' },
      ],
    },
  ],
};

describe('speaker notes travel apart from the slides', () => {
  it('the slides file carries no notes, and the notes file carries every slide\'s in order', () => {
    const { content, notes } = splitNotes(deck);
    expect(content.sections.flatMap((s) => s.slides.map((x) => x.notesHtml))).toEqual(['', '', '']);
    expect(notes).toEqual([['<p>open</p>'], ['', '<p>two</p>']]);
    // Everything but the notes is unchanged.
    expect(content.sections[1]?.slides[1]?.blocks).toEqual(deck.sections[1]?.slides[1]?.blocks);
  });

  it('putting them back gives the parsed deck', () => {
    const { content, notes } = splitNotes(deck);
    expect(withNotes(content, notes)).toEqual(deck);
  });

  it('a missing or short notes file gives empty notes, never undefined', () => {
    expect(notesAt(null, 0, 0)).toBe('');
    expect(notesAt([['x']], 3, 0)).toBe('');
    expect(notesAt([['x']], 0, 5)).toBe('');
    expect(notesAt([['x']], 0, 0)).toBe('x');
  });
});
