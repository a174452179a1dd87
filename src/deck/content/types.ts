/** A run of rendered Markdown, or a simulator placed by a `::sim` line. */
export type SlideBlock =
  | { readonly kind: 'html'; readonly html: string }
  | {
      readonly kind: 'sim';
      readonly name: string;
      readonly caption?: string;
      readonly preset: Readonly<Record<string, string>>;
    };

export interface Slide {
  /** Deep-link id (`#/<id>`); the first slide of each section carries the section id. */
  readonly id?: string;
  /** Extra CSS classes from `class="…"`. */
  readonly classes: readonly string[];
  /** List items appear one per clicker press. */
  readonly fragments: boolean;
  readonly blocks: readonly SlideBlock[];
  /** Speaker notes (Markdown after `Note:`), rendered. Empty when the slide has none. */
  readonly notesHtml: string;
}

export interface Section {
  /** The section id: the first slide's id, else the `<id>` of `NN-<id>.md`. */
  readonly id: string;
  readonly file: string;
  /**
   * `stack`: one vertical stack (an ordinary section). `flat`: every slide is
   * a top-level slide of its own (the title file: title + contents).
   */
  readonly layout: 'stack' | 'flat';
  readonly slides: readonly Slide[];
}

export interface DeckContent {
  readonly sections: readonly Section[];
}
