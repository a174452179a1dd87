import type { DeckContent } from './types.ts';

/**
 * The speaker notes of a deck, apart from its slides: `notes[s][i]` is the
 * rendered notes of slide `i` of section `s`. The notes are two thirds of a
 * language's text and the first slide needs none of it, so they travel in
 * their own file, fetched after the first paint (issue #12: initial
 * JavaScript).
 */
export type DeckNotes = readonly (readonly string[])[];

/** The slides without their notes, and the notes, from one parsed deck. */
export function splitNotes(deck: DeckContent): { readonly content: DeckContent; readonly notes: DeckNotes } {
  return {
    content: { sections: deck.sections.map((section) => ({ ...section, slides: section.slides.map((slide) => ({ ...slide, notesHtml: '' })) })) },
    notes: deck.sections.map((section) => section.slides.map((slide) => slide.notesHtml)),
  };
}

/** The notes of slide `i` of section `s`, or '' when there are none (or they have not arrived). */
export function notesAt(notes: DeckNotes | null, s: number, i: number): string {
  const html = notes?.[s]?.[i];
  return typeof html === 'string' ? html : '';
}

/** The deck with its notes put back, for the views that show them at once (reading mode, the PDF, search). */
export function withNotes(content: DeckContent, notes: DeckNotes): DeckContent {
  return {
    sections: content.sections.map((section, s) => ({
      ...section,
      slides: section.slides.map((slide, i) => ({ ...slide, notesHtml: notesAt(notes, s, i) || slide.notesHtml })),
    })),
  };
}
