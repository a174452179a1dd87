import { describe, expect, it } from 'vitest';
import { getSource, sources, type Source } from '../engine/index.ts';
import { bibtexEntry, bibtexKey, bibtexYear, escapeBibtex, toBibtex, toBibtexList } from './bibtex.ts';

const field = (s: Source, name: string) => bibtexEntry(s).fields.find(([n]) => n === name)?.[1];

describe('bibtexEntry: the entry type follows the venue', () => {
  it('a journal with volume(number), pages is an @article with volume, number and pages', () => {
    const s = getSource('sze-2017');
    expect(bibtexEntry(s).type).toBe('article');
    expect(field(s, 'journal')).toBe('Proceedings of the IEEE');
    expect(field(s, 'volume')).toBe('105');
    expect(field(s, 'number')).toBe('12');
    expect(field(s, 'pages')).toBe('2295--2329');
  });

  it('a conference with pages is @inproceedings with booktitle and pages', () => {
    const s = getSource('abadi-2016-tensorflow');
    expect(bibtexEntry(s).type).toBe('inproceedings');
    expect(field(s, 'booktitle')).toBe('OSDI 2016');
    expect(field(s, 'pages')).toBe('265--283');
  });

  it('a preprint published later is cited at its venue and year, with the arXiv id as eprint', () => {
    const s = getSource('frantar-2022-gptq');
    const e = bibtexEntry(s);
    expect(e.type).toBe('inproceedings');
    expect(field(s, 'booktitle')).toBe('ICLR 2023');
    expect(field(s, 'year')).toBe('2023');
    expect(bibtexYear(s)).toBe(2023);
    expect(field(s, 'eprint')).toBe('2210.17323');
    expect(field(s, 'archiveprefix')).toBe('arXiv');
  });

  it('an arXiv-only paper is @misc with its eprint', () => {
    const s = getSource('shoeybi-2019-megatron');
    expect(bibtexEntry(s).type).toBe('misc');
    expect(field(s, 'eprint')).toBe('1909.08053');
  });

  it('documentation or a repository is @misc with howpublished, the organisation as one braced author', () => {
    const s = getSource('nccl-tests-performance');
    expect(bibtexEntry(s).type).toBe('misc');
    expect(field(s, 'howpublished')).toBe('GitHub NVIDIA/nccl-tests');
    expect(field(s, 'author')).toBe('{NVIDIA}');
  });

  it('a book publisher is @book', () => {
    const s: Source = { authors: 'Hennessy, J. L., Patterson, D. A.', title: 'Computer Architecture', year: 2017, venue: 'Morgan Kaufmann' };
    expect(bibtexEntry(s).type).toBe('book');
    expect(field(s, 'publisher')).toBe('Morgan Kaufmann');
  });

  it('a doi.org address also gives the doi field', () => {
    expect(field(getSource('williams-2009-roofline'), 'doi')).toBe('10.1145/1498765.1498785');
  });

  it('remarks after the venue become a note, not part of the booktitle', () => {
    const s = getSource('shi-2020-mgwfbp');
    expect(field(s, 'booktitle')).toBe('IEEE INFOCOM 2019');
    expect(field(s, 'note')).toMatch(/TPDS 2021/);
  });

  it('authors are joined with "and"; "et al." becomes "and others"', () => {
    expect(field(getSource('sze-2017'), 'author')).toBe('Sze, V. and Chen, Y.-H. and Yang, T.-J. and Emer, J. S.');
    expect(field(getSource('jouppi-2017'), 'author')).toBe('Jouppi, N. P. and others');
  });

  it('the title is double-braced so capitals (acronyms) are kept', () => {
    expect(field(getSource('kwon-2023-vllm'), 'title')).toBe('{Efficient Memory Management for Large Language Model Serving with PagedAttention}');
  });
});

describe('escapeBibtex', () => {
  it('escapes LaTeX specials and writes dashes as -- and ---', () => {
    expect(escapeBibtex('50% & $5 #1 a_b {x} ~ ^ \\')).toBe('50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(escapeBibtex('2295–2329 — x')).toBe('2295--2329 --- x');
  });

  it('keeps non-ASCII letters as UTF-8', () => {
    expect(escapeBibtex('Ré')).toBe('Ré');
    expect(field(getSource('dao-2022-flashattention'), 'author')).toMatch(/Ré, C\.$/);
  });

  it('a title with specials is escaped inside its braces; the url keeps its characters', () => {
    const s: Source = { authors: 'Doe, J.', title: 'Cost_model: 100% {fast}', year: 2020, venue: 'arXiv:2001.00001', url: 'https://example.org/a_b%20c' };
    const out = toBibtex(s);
    expect(out).toContain('title = {{Cost\\_model: 100\\% \\{fast\\}}},');
    expect(out).toContain('url = {https://example.org/a_b%20c},');
  });

  it('every registry entry prints with balanced braces and no unescaped special outside the url', () => {
    for (const s of Object.values(sources) as Source[]) {
      const out = toBibtex(s);
      let depth = 0;
      for (let i = 0; i < out.length; i += 1) {
        if (out[i] === '\\') { i += 1; continue; }
        if (out[i] === '{') depth += 1;
        if (out[i] === '}') depth -= 1;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth, s.title).toBe(0);
      const withoutUrl = out.replace(/^ {2}url = .*$/m, '');
      expect(withoutUrl, s.title).not.toMatch(/(?<!\\)[&%$#_]/);
    }
  });
});

describe('bibtexKey: stable keys', () => {
  it('is surname + year + the title\'s first word that is not an article or preposition', () => {
    expect(bibtexKey(getSource('sze-2017'))).toBe('sze2017efficient');
    expect(bibtexKey(getSource('patarasuk-yuan-2009-ring'))).toBe('patarasuk2009bandwidth');
    expect(bibtexKey(getSource('peng-2019-bytescheduler'))).toBe('peng2019generic');
  });

  it('uses the venue\'s year and drops accents and punctuation', () => {
    expect(bibtexKey(getSource('lin-2023-awq'))).toBe('lin2024awq');
    expect(bibtexKey({ authors: 'Ré, C.', title: 'Über-fast: LLM.int8()', year: 2020 })).toBe('re2020uberfast');
  });

  it('depends on the data only: the same source gives the same key, and every key is plain ASCII', () => {
    for (const s of Object.values(sources) as Source[]) {
      expect(bibtexKey(s)).toBe(bibtexKey({ ...s }));
      expect(bibtexKey(s)).toMatch(/^[a-z0-9]+$/);
    }
  });
});

describe('toBibtexList', () => {
  it('lists one work cited under several registry keys once', () => {
    const out = toBibtexList([getSource('kwon-2023-vllm'), getSource('kwon-2023-vllm-fig2'), getSource('kwon-2023-vllm-preemption')]);
    expect(out.match(/^@/gm)).toHaveLength(1);
  });

  it('gives two different works that share a key the suffixes b, c', () => {
    const a: Source = { authors: 'Doe, J.', title: 'Fast serving', year: 2020, venue: 'arXiv:2001.00001' };
    const b: Source = { authors: 'Doe, J.', title: 'Fast training', year: 2020, venue: 'arXiv:2001.00002' };
    const c: Source = { authors: 'Doe, J.', title: 'Fast inference', year: 2020, venue: 'arXiv:2001.00003' };
    const keys = [...toBibtexList([a, b, c]).matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['doe2020fast', 'doe2020fastb', 'doe2020fastc']);
  });

  it('is empty for no sources and ends with one newline otherwise', () => {
    expect(toBibtexList([])).toBe('');
    expect(toBibtexList([getSource('sze-2017')]).endsWith('}\n')).toBe(true);
  });
});
