/**
 * The search index of one language's slides: every slide's heading, text,
 * simulator captions and speaker notes, with where the slide sits in the
 * deck (reveal.js indices). Built at build time (build/slidesPlugin.ts) and
 * loaded in the browser when search first opens.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { DeckContent } from '../content/types.ts';
import { tokenize, tokenizeQuery } from './tokenize.ts';

export interface SearchDoc {
  readonly id: number;
  /** reveal.js indices of the slide. */
  readonly h: number;
  readonly v: number;
  /** The slide's heading (or its section's first heading). */
  readonly title: string;
  readonly section: string;
  readonly text: string;
  readonly notes: string;
}

export const SEARCH_FIELDS = ['title', 'text', 'notes'] as const;
/** The index stores only where a slide is; its text for excerpts comes from the already-loaded slides (searchDocs). */
export const STORE_FIELDS = ['h', 'v', 'title', 'section'] as const;

export const searchOptions: Options<SearchDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORE_FIELDS],
  tokenize,
  searchOptions: { tokenize: tokenizeQuery, boost: { title: 3, text: 1.5 }, prefix: (term) => !/\p{Script=Han}/u.test(term), fuzzy: (term) => (/\p{Script=Han}/u.test(term) || term.length < 5 ? false : 0.15), combineWith: 'AND' },
};

/** Text of an HTML fragment: tags dropped, KaTeX's duplicate MathML copy dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, ' ')
    .replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function headingOf(html: string): string | null {
  const m = /<h[12][^>]*>([\s\S]*?)<\/h[12]>/.exec(html);
  return m ? htmlToText(m[1] ?? '') : null;
}

/** One document per slide, with the indices reveal.js gives it (a flat section's slides are top-level, a stack's are vertical). */
export function searchDocs(content: DeckContent): SearchDoc[] {
  const docs: SearchDoc[] = [];
  let h = 0;
  for (const section of content.sections) {
    let sectionTitle = '';
    section.slides.forEach((slide, i) => {
      const html = slide.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join(' ');
      const captions = slide.blocks.map((b) => (b.kind === 'sim' ? b.caption ?? '' : '')).join(' ');
      const title = headingOf(html) ?? sectionTitle;
      if (i === 0) sectionTitle = title;
      docs.push({
        id: docs.length,
        h: section.layout === 'flat' ? h + i : h,
        v: section.layout === 'flat' ? 0 : i,
        title,
        section: sectionTitle,
        text: `${htmlToText(html)} ${captions}`.trim(),
        notes: htmlToText(slide.notesHtml),
      });
    });
    h += section.layout === 'flat' ? section.slides.length : 1;
  }
  return docs;
}

/** The serialised index (MiniSearch JSON) of a deck. */
export function buildSearchIndex(content: DeckContent): string {
  const index = new MiniSearch<SearchDoc>(searchOptions);
  index.addAll(searchDocs(content));
  return JSON.stringify(index);
}

export function loadSearchIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, searchOptions);
}
