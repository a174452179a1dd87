import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAttributes, parseDeck, parseSection, sectionIdOfFile, structureSignature } from '../../src/deck/content/index.ts';

const fixture = readFileSync(resolve(__dirname, 'fixtures/02-memory-basics.md'), 'utf8');

describe('parseAttributes', () => {
  it('reads double-quoted, single-quoted, bare-value and flag attributes', () => {
    expect(parseAttributes(` id="a b" x='y' n=3 fragments`)).toEqual({ id: 'a b', x: 'y', n: '3', fragments: '' });
  });
});

describe('parseSection', () => {
  const section = parseSection('slides/zh/02-memory-basics.md', fixture);
  const [first, second] = section.slides;

  it('splits the file at slide markers and takes the section id from the first slide', () => {
    expect(section.id).toBe('memory-basics');
    expect(section.file).toBe('02-memory-basics.md');
    expect(section.layout).toBe('stack');
    expect(section.slides).toHaveLength(2);
  });

  it('reads id, fragments and classes from the marker', () => {
    expect(first?.id).toBe('memory-basics');
    expect(first?.fragments).toBe(true);
    expect(second?.id).toBeUndefined();
    expect(second?.classes).toEqual(['dense', 'wide']);
    expect(second?.fragments).toBe(false);
  });

  it('turns a ::sim line into a sim block with caption and string presets', () => {
    const sim = first?.blocks.find((b) => b.kind === 'sim');
    expect(sim).toEqual({
      kind: 'sim', name: 'memory-budget', caption: '图2 内存优化的基本概念示意图',
      preset: { model: 'llama-2-13b', hardware: 'rtx-4090', compact: '' },
    });
    expect(first?.blocks.map((b) => b.kind)).toEqual(['html', 'sim']);
  });

  it('marks list items as fragments only on fragment slides', () => {
    const html = first?.blocks[0]?.kind === 'html' ? first.blocks[0].html : '';
    expect(html).toContain('<li class="fragment">');
    const other = second?.blocks[0]?.kind === 'html' ? second.blocks[0].html : '';
    expect(other).not.toContain('class="fragment"');
  });

  it('renders inline and display math with KaTeX and leaves prices as text', () => {
    const html = first?.blocks[0]?.kind === 'html' ? first.blocks[0].html : '';
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="math-display"');
    expect(html).toContain('katex-display');
    const other = second?.blocks[0]?.kind === 'html' ? second.blocks[0].html : '';
    expect(other).toContain('Prices like $5 and $10 stay text.');
    expect(other).not.toContain('katex-error');
  });

  it('ignores slide markers, ::sim lines and Note: inside code fences', () => {
    expect(section.slides.some((s) => s.id === 'not-a-slide')).toBe(false);
    expect(second?.blocks.every((b) => b.kind === 'html')).toBe(true);
    const other = second?.blocks[0]?.kind === 'html' ? second.blocks[0].html : '';
    expect(other).toContain('::sim not-a-sim');
  });

  it('renders notes after Note:, including text on the Note: line itself', () => {
    expect(first?.notesHtml).toContain('<strong>bold</strong>');
    expect(first?.notesHtml).toContain('katex');
    expect(second?.notesHtml).toContain('Inline notes start here');
    expect(second?.notesHtml).toContain('continue.');
  });

  it('opens external links in a new tab and keeps deck links in place', () => {
    const other = second?.blocks[0]?.kind === 'html' ? second.blocks[0].html : '';
    expect(other).toContain('<a href="https://arxiv.org/abs/1510.00149" target="_blank" rel="noopener noreferrer">');
    expect(other).toContain('<a href="#/importance">back</a>');
  });

  it('renders GFM tables and keeps a bold caption line', () => {
    const other = second?.blocks[0]?.kind === 'html' ? second.blocks[0].html : '';
    expect(other).toContain('<table>');
    expect(other).toContain('<strong>表3 不同内存优化方法的效果对比</strong>');
  });

  it('keeps text before the first marker as a slide of its own', () => {
    expect(parseSection('09-x.md', 'Intro\n\n<!-- slide id="x" -->\n## X').slides).toHaveLength(2);
  });

  it('gives a slide without Note: empty notes', () => {
    expect(parseSection('09-x.md', '<!-- slide -->\n## X').slides[0]?.notesHtml).toBe('');
  });
});

describe('parseDeck', () => {
  const title = '<!-- slide id="title" -->\n# T\n\nNote:\nn\n\n<!-- slide id="contents" -->\n## C\n\n1. [A](#/memory-basics)\n\nNote:\nn';
  const deck = parseDeck({ '/slides/zh/02-memory-basics.md': fixture, '/slides/zh/00-title.md': title });

  it('orders sections by file name and lays the title file out flat', () => {
    expect(deck.sections.map((s) => s.id)).toEqual(['title', 'memory-basics']);
    expect(deck.sections[0]?.layout).toBe('flat');
    expect(deck.sections[0]?.slides.map((s) => s.id)).toEqual(['title', 'contents']);
  });

  it('falls back to the file name for a section id', () => {
    expect(sectionIdOfFile('slides/en/07-comm-techniques.md')).toBe('comm-techniques');
  });

  it('gives equal structure signatures to decks that differ only in text', () => {
    const other = parseDeck({
      '00-title.md': title.replace('# T', '# Title'),
      '02-memory-basics.md': fixture.replace('内存优化概述', 'Memory overview'),
    });
    expect(structureSignature(other)).toBe(structureSignature(deck));
  });

  it('gives different structure signatures when a simulator moves', () => {
    const other = parseDeck({ '00-title.md': title, '02-memory-basics.md': fixture.replace('::sim memory-budget', '::sim roofline') });
    expect(structureSignature(other)).not.toBe(structureSignature(deck));
  });
});
