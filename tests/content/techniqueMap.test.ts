// The technique map (section 10) against the deck: every slide it links
// exists in both languages and holds a simulator, every simulator placement
// of sections 1–9 is on the map, and each link's figure or table number is
// the one in that slide's caption.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/content/parseDeck.ts';
import type { DeckContent } from '../../src/deck/content/types.ts';
import { MAP_SLIDES, TECHNIQUES } from '../../src/sims/technique-map/techniques.ts';
import { SLIDE_LABELS } from '../../src/sims/technique-map/text.ts';

const ROOT = resolve(__dirname, '../..');

function load(lang: string): DeckContent {
  const dir = join(ROOT, 'slides', lang);
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) files[f] = readFileSync(join(dir, f), 'utf8');
  return parseDeck(files);
}

interface Placement { readonly section: string; readonly slide: string; readonly sim: string; readonly caption: string }

function placements(deck: DeckContent): Placement[] {
  return deck.sections.flatMap((s) => s.slides.flatMap((sl) => sl.blocks.flatMap((b) =>
    b.kind === 'sim' ? [{ section: s.id ?? '', slide: sl.id ?? '', sim: b.name, caption: b.caption ?? '' }] : [])));
}

const decks = { zh: load('zh'), en: load('en') };
const linked = new Set(TECHNIQUES.flatMap((x) => x.slides));
// The summary's own simulators (this map, the self-check) and the references' (the record,
// the paper reproductions, BibTeX) are not techniques.
const NOT_TECHNIQUES = new Set(['summary', 'references']);

describe('technique map against the deck', () => {
  for (const lang of ['zh', 'en'] as const) {
    const deck = decks[lang];
    const ids = new Set(deck.sections.flatMap((s) => s.slides.flatMap((sl) => (sl.id ? [sl.id] : []))));
    const simSlides = new Set(placements(deck).map((p) => p.slide));

    it(`${lang}: every slide the map links exists and holds a simulator`, () => {
      expect([...linked].filter((id) => !ids.has(id))).toEqual([]);
      expect([...linked].filter((id) => !simSlides.has(id))).toEqual([]);
      expect(MAP_SLIDES.filter((id) => !ids.has(id))).toEqual([]);
    });

    it(`${lang}: every simulator placement of sections 1–9 appears on the map`, () => {
      const missing = placements(deck).filter((p) => !NOT_TECHNIQUES.has(p.section) && !linked.has(p.slide as never)).map((p) => `${p.slide} (${p.sim})`);
      expect(missing).toEqual([]);
    });

    it(`${lang}: a link labelled with a figure or table number points at the slide captioned with that number`, () => {
      const figure = lang === 'zh' ? /^图(\d+)$/ : /^Fig\. (\d+)$/;
      const table = lang === 'zh' ? /^表(\d+)$/ : /^Table (\d+)$/;
      const captions = new Map(placements(deck).map((p) => [p.slide, p.caption]));
      for (const slide of MAP_SLIDES) {
        const label = SLIDE_LABELS[slide][lang];
        const caption = captions.get(slide) ?? '';
        const f = figure.exec(label);
        const t = table.exec(label);
        if (f) expect(caption, slide).toMatch(new RegExp(lang === 'zh' ? `^图${f[1]}\\s` : `^Figure ${f[1]}\\s`));
        else if (t) expect(caption, slide).toMatch(new RegExp(lang === 'zh' ? `^表${t[1]}\\s` : `^Table ${t[1]}\\s`));
        else expect(caption, `${slide} has no number, so its label should not look like one`).not.toMatch(/^(图|表|Figure |Table )\d+\s/);
      }
    });

    it(`${lang}: the map and the self-check are on section 10's slides summary/map and summary/self-check`, () => {
      const own = placements(deck).filter((p) => p.section === 'summary').map((p) => [p.slide, p.sim]);
      expect(own).toEqual([['summary/map', 'technique-map'], ['summary/self-check', 'self-check']]);
    });
  }
});
