export type { DeckContent, Section, Slide, SlideBlock } from './types.ts';
export { parseAttributes } from './attributes.ts';
export { renderMarkdown, type RenderOptions } from './markdown.ts';
export { parseSection, sectionIdOfFile } from './parseSection.ts';
export { parseDeck } from './parseDeck.ts';
export { structureSignature } from './structure.ts';
