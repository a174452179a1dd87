// Section 11 against the deck: every simulator the paper reproductions link
// exists in both languages and holds a simulator, and the BibTeX list's
// registry keys are the numbered references on the slides, in order.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/content/parseDeck.ts';
import type { DeckContent } from '../../src/deck/content/types.ts';
import { getSource } from '../../src/engine/index.ts';
import { REPRODUCTION_SLIDES } from '../../src/sims/paper-reproductions/links.ts';
import { LECTURE_REFERENCES } from '../../src/sims/reference-bibtex/references.ts';

const ROOT = resolve(__dirname, '../..');

function load(lang: string): DeckContent {
  const dir = join(ROOT, 'slides', lang);
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) files[f] = readFileSync(join(dir, f), 'utf8');
  return parseDeck(files);
}

/** Lower-case letters and digits only, so markup, quotes and dashes do not matter. */
const plain = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&#?[a-z0-9]+;/gi, ' ').toLowerCase().replace(/[^a-z0-9]/g, '');

for (const lang of ['zh', 'en'] as const) {
  const deck = load(lang);
  const section = deck.sections.find((s) => s.id === 'references');

  describe(`${lang}: section 11`, () => {
    it('places the record, the reproductions and the BibTeX on their stable slides', () => {
      const sims = new Map(section?.slides.flatMap((sl) => sl.blocks.flatMap((b) => (b.kind === 'sim' ? [[sl.id, b.name] as const] : []))));
      expect(sims.get('references/record')).toBe('engine-record');
      expect(sims.get('references/reproductions')).toBe('paper-reproductions');
      expect(sims.get('references/bibtex')).toBe('reference-bibtex');
    });

    it('every slide a reproduction links to exists and holds a simulator', () => {
      const withSim = new Set(deck.sections.flatMap((s) => s.slides.flatMap((sl) => (sl.blocks.some((b) => b.kind === 'sim') ? [sl.id] : []))));
      expect(Object.values(REPRODUCTION_SLIDES).filter((id) => !withSim.has(id))).toEqual([]);
    });

    it('the BibTeX list is the slides\' numbered references: item n names the title of the n-th registry entry', () => {
      const items = (section?.slides ?? [])
        .filter((sl) => sl.classes.includes('refs'))
        .flatMap((sl) => sl.blocks.flatMap((b) => (b.kind === 'html' ? [...b.html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1] ?? '') : [])));
      expect(items).toHaveLength(LECTURE_REFERENCES.length);
      LECTURE_REFERENCES.forEach((r, i) => {
        // The registry may add a remark in brackets ("(ByteScheduler)") or name a document ("nccl-tests: doc/…"); its title's first words are on the slide.
        const title = plain(getSource(r.key).title.split(/[(:]/)[0] ?? '');
        expect(plain(items[i] ?? ''), `item ${r.number} (${r.key})`).toContain(title);
      });
    });
  });
}
