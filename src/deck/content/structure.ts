import type { DeckContent } from './types.ts';

/**
 * What must match between two languages for the deck to swap text in place
 * (same slides, same ids and classes, same fragment slides, same simulators
 * at the same positions). Different signatures → reload instead.
 */
export function structureSignature(content: DeckContent): string {
  return JSON.stringify(
    content.sections.map((section) => [
      section.id,
      section.layout,
      section.slides.map((slide) => [
        slide.id ?? '',
        slide.classes.join(' '),
        slide.fragments,
        slide.blocks.map((block) => (block.kind === 'sim' ? `sim:${block.name}` : 'html')),
      ]),
    ]),
  );
}
