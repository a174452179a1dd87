import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/content/parseDeck.ts';
import { buildSearchIndex, htmlToText, loadSearchIndex, searchDocs } from '../../src/deck/search/searchIndex.ts';
import { tokenize, tokenizeQuery } from '../../src/deck/search/tokenize.ts';

function deck(lang: 'zh' | 'en') {
  const dir = join(process.cwd(), 'slides', lang);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) files[name] = readFileSync(join(dir, name), 'utf8');
  return parseDeck(files);
}

describe('search tokens', () => {
  it('tokenize splits Chinese into characters and pairs and Latin into words', () => {
    expect(tokenize('显存带宽 KV-cache')).toEqual(['显', '显存', '存', '存带', '带', '带宽', '宽', 'kv-cache']);
    expect(tokenizeQuery('显存带宽')).toEqual(['显存', '存带', '带宽']);
    expect(tokenizeQuery('显')).toEqual(['显']);
  });

  it('htmlToText keeps one copy of math and drops tags', () => {
    expect(htmlToText('<p>a <span class="katex"><span class="katex-mathml"><math><mi>L</mi></math></span><span class="katex-html">L</span></span> &amp; b</p>')).toBe('a L & b');
  });
});

describe('search index of the lecture', () => {
  for (const lang of ['zh', 'en'] as const) {
    const content = deck(lang);
    const index = loadSearchIndex(buildSearchIndex(content));
    const docs = searchDocs(content);

    it(`has one document per slide with the deck's indices (${lang})`, () => {
      const slides = content.sections.reduce((n, s) => n + s.slides.length, 0);
      expect(docs).toHaveLength(slides);
      // The title file's slides are top-level; every other section is one vertical stack.
      expect(docs[0]).toMatchObject({ h: 0, v: 0 });
      const stacks = content.sections.filter((s) => s.layout === 'stack').length;
      const flat = content.sections.filter((s) => s.layout === 'flat').reduce((n, s) => n + s.slides.length, 0);
      expect(Math.max(...docs.map((d) => d.h))).toBe(stacks + flat - 1);
    });

    it(`finds the KV cache slides and a word that only the speaker notes use (${lang})`, () => {
      expect(index.search('KV cache').length).toBeGreaterThan(3);
      const notesOnly = lang === 'zh' ? '黑板' : 'board';
      const hits = index.search(notesOnly);
      expect(hits.length).toBeGreaterThan(0);
    });
  }

  it('a Chinese query finds the roofline slides, and a nonsense query finds nothing', () => {
    const index = loadSearchIndex(buildSearchIndex(deck('zh')));
    const hits = index.search('屋顶线');
    expect(hits.length).toBeGreaterThan(0);
    expect(String(hits[0]?.title)).toMatch(/屋顶线|计算/);
    expect(index.search('量子纠缠恒星')).toHaveLength(0);
  });
});
