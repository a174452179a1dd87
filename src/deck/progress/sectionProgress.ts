/**
 * Progress per section, for the table of contents: slides visited,
 * predict-first questions answered, and exercises solved (reported by the
 * section's exercises through `exerciseCount`).
 */
import type { DeckContent } from '../content/types.ts';

export interface SectionProgress {
  readonly section: string;
  readonly slides: number;
  readonly visited: number;
  /** Predict-first questions answered on this section's simulators. */
  readonly answered: number;
  readonly exercises: number;
}

export interface ProgressInputs {
  readonly visited: ReadonlySet<string>;
  /** Placements with an answered predict-first question. */
  readonly answered: ReadonlySet<string>;
  /** Exercises solved, per section id. */
  readonly exercises: Readonly<Record<string, number>>;
}

export function sectionProgress(content: DeckContent, placementOf: (name: string, view: string) => string, p: ProgressInputs): SectionProgress[] {
  return content.sections.filter((s) => s.layout === 'stack').map((section) => {
    const ids = section.slides.map((s) => s.id).filter((id): id is string => typeof id === 'string');
    const placements = section.slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'sim' ? [placementOf(b.name, b.preset.view ?? 'default')] : [])));
    const answered = placements.filter((k) => p.answered.has(k)).length;
    return {
      section: section.id,
      slides: ids.length,
      visited: ids.filter((id) => p.visited.has(id)).length,
      answered,
      exercises: p.exercises[section.id] ?? 0,
    };
  });
}
