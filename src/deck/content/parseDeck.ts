import { parseSection } from './parseSection.ts';
import type { DeckContent } from './types.ts';

/**
 * Parses a language's section files (path or file name → Markdown) into the
 * deck, ordered by file name (`00-title.md`, `01-importance.md`, …).
 */
export function parseDeck(files: Readonly<Record<string, string>>): DeckContent {
  const sections = Object.entries(files)
    .map(([path, markdown]) => ({ name: path.split('/').pop() ?? path, markdown }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, markdown }) => parseSection(name, markdown));
  return { sections };
}
