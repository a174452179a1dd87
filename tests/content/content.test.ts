// The lecture content, read through the deck's own parser: both languages
// must have the same structure, every slide notes, every simulator a folder,
// every outline figure and table its caption.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/content/parseDeck.ts';
import type { DeckContent } from '../../src/deck/content/types.ts';

const ROOT = resolve(__dirname, '../..');
const LANGS = ['zh', 'en'] as const;
const SECTION_IDS = [
  'importance', 'memory-basics', 'memory-techniques', 'compute-basics', 'compute-techniques',
  'comm-basics', 'comm-techniques', 'comparison', 'best-practices', 'summary', 'references',
];
const OUTLINE_NUMBERS = Array.from({ length: 14 }, (_, i) => i + 1);

function filesOf(lang: string): string[] {
  const dir = join(ROOT, 'slides', lang);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
}

function load(lang: string): DeckContent {
  const files: Record<string, string> = {};
  for (const file of filesOf(lang)) files[file] = readFileSync(join(ROOT, 'slides', lang, file), 'utf8');
  return parseDeck(files);
}

const decks = { zh: load('zh'), en: load('en') };

function simNames(deck: DeckContent): string[] {
  return deck.sections.flatMap((s) => s.slides.flatMap((sl) => sl.blocks.flatMap((b) => (b.kind === 'sim' ? [b.name] : []))));
}

function slideIds(deck: DeckContent): string[] {
  return deck.sections.flatMap((s) => s.slides.flatMap((sl) => (sl.id ? [sl.id] : [])));
}

/** Caption text the audience sees: ::sim captions and the slide text (table captions such as **表11 …**). */
function captionText(deck: DeckContent): string {
  return deck.sections
    .flatMap((s) => s.slides.flatMap((sl) => sl.blocks.map((b) => (b.kind === 'sim' ? b.caption ?? '' : b.html.replace(/<[^>]+>/g, ' ')))))
    .join('\n');
}

describe('lecture content: structure', () => {
  it('both languages have the same section files', () => {
    expect(filesOf('zh').length).toBeGreaterThan(0);
    expect(filesOf('en')).toEqual(filesOf('zh'));
  });

  it('both languages have the same sections and the same number of slides in each', () => {
    const shape = (deck: DeckContent) => deck.sections.map((s) => [s.file, s.id, s.slides.length]);
    expect(shape(decks.en)).toEqual(shape(decks.zh));
  });

  it('both languages place the same simulators in the same order', () => {
    expect(simNames(decks.en)).toEqual(simNames(decks.zh));
  });

  it('both languages give the same slides the same ids, fragments and classes', () => {
    const marks = (deck: DeckContent) =>
      deck.sections.map((s) => s.slides.map((sl) => [sl.id ?? '', sl.fragments, sl.classes.join(' ')]));
    expect(marks(decks.en)).toEqual(marks(decks.zh));
  });

  for (const lang of LANGS) {
    it(`${lang}: the title file holds the title and contents slides`, () => {
      const first = decks[lang].sections[0];
      expect(first?.file).toBe('00-title.md');
      expect(first?.slides.map((s) => s.id)).toEqual(['title', 'contents']);
    });

    it(`${lang}: the section ids appear in the outline's order, each on its section's first slide`, () => {
      const sections = decks[lang].sections.slice(1);
      expect(sections.map((s) => s.id)).toEqual(SECTION_IDS);
      for (const section of sections) expect(section.slides[0]?.id).toBe(section.id);
    });

    it(`${lang}: slide ids are unique`, () => {
      const ids = slideIds(decks[lang]);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`${lang}: the contents slide links every section`, () => {
      const contents = decks[lang].sections[0]?.slides.find((s) => s.id === 'contents');
      const html = contents?.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('') ?? '';
      for (const id of SECTION_IDS) expect(html, `link to #/${id}`).toContain(`href="#/${id}"`);
    });

    it(`${lang}: every slide has speaker notes`, () => {
      const missing = decks[lang].sections.flatMap((s) =>
        s.slides.flatMap((sl, i) => (sl.notesHtml.replace(/<[^>]+>/g, '').trim() === '' ? [`${s.file} slide ${i + 1}`] : [])),
      );
      expect(missing).toEqual([]);
    });

    it(`${lang}: every slide shows something`, () => {
      const empty = decks[lang].sections.flatMap((s) =>
        s.slides.flatMap((sl, i) => (sl.blocks.length === 0 ? [`${s.file} slide ${i + 1}`] : [])),
      );
      expect(empty).toEqual([]);
    });

    it(`${lang}: every ::sim names a simulator folder src/sims/<name>/index.tsx`, () => {
      const missing = [...new Set(simNames(decks[lang]))].filter(
        (name) => name.startsWith('_') || !existsSync(join(ROOT, 'src', 'sims', name, 'index.tsx')),
      );
      expect(missing).toEqual([]);
    });

    it(`${lang}: every formula renders (no KaTeX errors)`, () => {
      const broken = decks[lang].sections.flatMap((s) =>
        s.slides.flatMap((sl, i) =>
          [...sl.blocks.map((b) => (b.kind === 'html' ? b.html : '')), sl.notesHtml].some((h) => h.includes('katex-error'))
            ? [`${s.file} slide ${i + 1}`]
            : [],
        ),
      );
      expect(broken).toEqual([]);
    });
  }

  it('zh: figure and table captions 图1–图14 and 表1–表14 all appear', () => {
    const text = captionText(decks.zh);
    const missing = OUTLINE_NUMBERS.flatMap((n) => [`图${n}`, `表${n}`]).filter(
      (label) => !new RegExp(`${label}(?!\\d)`).test(text),
    );
    expect(missing).toEqual([]);
  });

  it('en: figure and table captions Figure 1–14 and Table 1–14 all appear', () => {
    const text = captionText(decks.en);
    const missing = OUTLINE_NUMBERS.flatMap((n) => [`Figure ${n}`, `Table ${n}`]).filter(
      (label) => !new RegExp(`${label}(?!\\d)`).test(text),
    );
    expect(missing).toEqual([]);
  });
});

describe('stable slide addresses', () => {
  it('every slide has a named id: the section id for a section’s first slide, <section>/<name> for the others, the same in both languages', () => {
    for (const lang of LANGS) {
      const deck = decks[lang];
      const all = deck.sections.flatMap((s) => s.slides);
      expect(all.every((sl) => typeof sl.id === 'string' && sl.id.length > 0)).toBe(true);
      const ids = slideIds(deck);
      expect(new Set(ids).size).toBe(ids.length);
      for (const section of deck.sections.filter((s) => s.layout === 'stack')) {
        expect(section.slides[0]?.id).toBe(section.id);
        for (const slide of section.slides.slice(1)) expect(slide.id).toMatch(new RegExp(`^${section.id}/[a-z0-9-]+$`));
      }
    }
    expect(slideIds(decks.en)).toEqual(slideIds(decks.zh));
  });
});
