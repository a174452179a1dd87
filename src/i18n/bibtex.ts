/**
 * BibTeX from the source registry: one entry per source, generated from its
 * fields (authors, title, year, venue, url), never typed. The entry type
 * follows the venue: a journal with volume(number), pages → @article; a
 * conference → @inproceedings; a book publisher → @book; a preprint or
 * anything else (datasheet, documentation, repository) → @misc. A doi.org
 * address also gives the doi field; an arXiv id, eprint. Keys are
 * derived from the data alone (first author's surname, year, first word of
 * the title), so the same source always gets the same key. Non-ASCII letters
 * stay UTF-8 (biber and BibTeX with inputenc read them); LaTeX's special
 * characters are escaped. Pure: no DOM, no language.
 */
import type { Source } from '../engine/index.ts';

export type BibtexType = 'article' | 'inproceedings' | 'book' | 'misc';

export interface BibtexEntry {
  readonly type: BibtexType;
  readonly key: string;
  /** Field name and value, in print order; values are escaped already. */
  readonly fields: readonly (readonly [string, string])[];
}

const CONFERENCE = /\b(ISCA|OSDI|SOSP|NeurIPS|NIPS|ICLR|ICML|MLSys|MICRO|INFOCOM|ISSCC|PPoPP|ASPLOS|EuroSys|NSDI|ATC|HPCA|SC|KDD|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI)(-\d+)?\b/;
const JOURNAL_WORDS = /\b(Journal|Transactions|Communications of the ACM|Proceedings of the (IEEE|IRE)|JMLR)\b/;
/** "Proceedings of the IEEE 105(12), 2295–2329": name, volume, number, first and last page. */
const JOURNAL_REF = /^(.+?)\s+(\d+)\((\d+)\)(?:,\s*(\d+)\s*[–-]\s*(\d+))?$/;
const PAGES = /,\s*pp\.\s*(\d+)\s*[–-]\s*(\d+)$/;
const BOOK_PUBLISHER = /^(Wiley|Addison-Wesley|MIT Press|Springer|O'Reilly|Morgan Kaufmann|Cambridge University Press)$/;
const ARXIV = /arXiv:(\d{4}\.\d{4,5})(v\d+)?/;
const ONLY_ARXIV = /^arXiv:\d{4}\.\d{4,5}(v\d+)?$/;
/** A DOI resolver address: its path is the DOI. */
const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/;
const STOPWORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'at', 'by']);

/**
 * Escapes LaTeX's special characters in a field value: \ { } & % $ # _ ~ ^,
 * and writes en and em dashes as -- and ---.
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}&%$#_~^]/g, (c) => {
      switch (c) {
        case '\\': return '\\textbackslash{}';
        case '~': return '\\textasciitilde{}';
        case '^': return '\\textasciicircum{}';
        default: return `\\${c}`;
      }
    })
    .replace(/—/g, '---')
    .replace(/–/g, '--');
}

/** Lower-case ASCII letters and digits only (accents dropped: "Ré" → "re"). */
function keyPart(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface Authors {
  /** BibTeX author field, already escaped. */
  readonly field: string;
  /** For the key: the first author's surname, or the organisation's first word. */
  readonly first: string;
}

const INITIALS = /^(\p{Lu}\p{Ll}?\.(\s?-?\s?)?)+$/u;

/**
 * "Surname, I., Surname, I. J." → "Surname, I. and Surname, I. J.", with
 * "et al." as "and others". Anything else (an organisation, a name with a
 * note in brackets) is one corporate author in braces, so BibTeX keeps it whole.
 */
function parseAuthors(raw: string): Authors {
  const etAl = /\s*et al\.?$/.test(raw);
  const list = raw.replace(/\s*et al\.?$/, '').trim();
  const parts = list.split(/,\s*/);
  const people: string[] = [];
  let personal = !list.includes('(') && parts.length >= 2 && parts.length % 2 === 0;
  for (let i = 0; personal && i < parts.length; i += 2) {
    const surname = parts[i] as string;
    const initials = parts[i + 1] as string;
    if (surname === '' || !INITIALS.test(initials)) personal = false;
    else people.push(`${surname}, ${initials}`);
  }
  if (!personal) {
    const first = raw.split(/[\s(,]+/)[0] ?? raw;
    return { field: `{${escapeBibtex(raw)}}`, first };
  }
  const names = people.map(escapeBibtex);
  if (etAl) names.push('others');
  return { field: names.join(' and '), first: (parts[0] as string) };
}

/**
 * The year an entry carries: the one its published venue names (a preprint
 * of 2022 that appeared at ICLR 2023 is cited as 2023), else the source's.
 */
export function bibtexYear(source: Source): number {
  return venueOf(source).year ?? source.year;
}

/** The entry key: surname + year + the title's first word that is not an article or preposition. */
export function bibtexKey(source: Source): string {
  const { first } = parseAuthors(source.authors);
  const words = source.title.split(/[\s:/]+/).map(keyPart).filter((w) => w !== '');
  const word = words.find((w) => !STOPWORDS.has(w)) ?? words[0] ?? '';
  return `${keyPart(first) || 'anon'}${bibtexYear(source)}${word}`;
}

interface Venue {
  readonly type: BibtexType;
  readonly fields: readonly (readonly [string, string])[];
  /** The year the venue names ("ICLR 2023" for a 2022 preprint), if it names one. */
  readonly year: number | null;
}

function venueOf(source: Source): Venue {
  const venue = (source.venue ?? '').trim();
  const [main = '', ...restParts] = venue.split(';');
  const rest = restParts.join(';').trim();
  // Brackets after a space are remarks ("(arXiv:…)", "(2016)"); "105(12)" is a volume and issue.
  const parens = [...main.matchAll(/\s\(([^)]*)\)/g)].map((m) => (m[1] ?? '').trim());
  const bare = main.replace(/\s\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  // A preprint's published venue is in brackets: "arXiv:2210.17323 (ICLR 2023)".
  const published = ONLY_ARXIV.test(bare) ? parens.find((p) => CONFERENCE.test(p) || JOURNAL_WORDS.test(p)) ?? '' : bare;
  const notes = [...parens.filter((p) => p !== published && !ARXIV.test(p) && !/^\d{4}$/.test(p)), rest].filter((x) => x !== '');
  const note: (readonly [string, string])[] = notes.length > 0 ? [['note', escapeBibtex(notes.join('; '))]] : [];
  const namedYear = /\b(19|20)\d{2}\b/.exec(published);
  const year = namedYear ? Number(namedYear[0]) : null;

  const journal = JOURNAL_REF.exec(published);
  if (journal || JOURNAL_WORDS.test(published)) {
    const fields: (readonly [string, string])[] = [['journal', escapeBibtex(journal ? (journal[1] as string) : published)]];
    if (journal) {
      fields.push(['volume', journal[2] as string], ['number', journal[3] as string]);
      if (journal[4] !== undefined) fields.push(['pages', `${journal[4]}--${journal[5]}`]);
    }
    return { type: 'article', fields: [...fields, ...note], year };
  }
  if (CONFERENCE.test(published)) {
    const pages = PAGES.exec(published);
    const booktitle = published.replace(PAGES, '').trim();
    return { type: 'inproceedings', fields: [['booktitle', escapeBibtex(booktitle)], ...(pages ? [['pages', `${pages[1]}--${pages[2]}`] as const] : []), ...note], year };
  }
  if (BOOK_PUBLISHER.test(published)) return { type: 'book', fields: [['publisher', escapeBibtex(published)], ...note], year };
  return { type: 'misc', fields: [...(published === '' ? [] : [['howpublished', escapeBibtex(published)] as const]), ...note], year };
}

/** The BibTeX entry of a source, as data (type, key, fields in print order). */
export function bibtexEntry(source: Source): BibtexEntry {
  const authors = parseAuthors(source.authors);
  const venue = venueOf(source);
  const arxiv = ARXIV.exec(source.venue ?? '');
  const doi = DOI_URL.exec(source.url ?? '');
  const fields: (readonly [string, string])[] = [
    ['author', authors.field],
    // Double braces keep the title's capitals (acronyms, names) as printed.
    ['title', `{${escapeBibtex(source.title)}}`],
    ...venue.fields.filter(([name]) => name !== 'note'),
    ['year', String(venue.year ?? source.year)],
    ...(arxiv ? [['eprint', arxiv[1] as string] as const, ['archiveprefix', 'arXiv'] as const] : []),
    ...(doi ? [['doi', doi[1] as string] as const] : []),
    ...(source.url ? [['url', source.url.replace(/[{}\s]/g, '')] as const] : []),
    ...venue.fields.filter(([name]) => name === 'note'),
  ];
  return { type: venue.type, key: bibtexKey(source), fields };
}

function print(entry: BibtexEntry): string {
  return `@${entry.type}{${entry.key},\n${entry.fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/** One source as a BibTeX entry. */
export function toBibtex(source: Source): string {
  return print(bibtexEntry(source));
}

/**
 * Several sources as one .bib text, in the given order. A work cited twice
 * (two registry entries for two sections of one paper) appears once; two
 * different works that would share a key get the suffixes b, c, … after the first.
 */
export function toBibtexList(list: readonly Source[]): string {
  const byKey = new Map<string, string[]>();
  const out: string[] = [];
  for (const source of list) {
    const entry = bibtexEntry(source);
    const titles = byKey.get(entry.key) ?? [];
    if (titles.includes(source.title)) continue;
    const key = titles.length === 0 ? entry.key : `${entry.key}${String.fromCharCode(97 + titles.length)}`;
    byKey.set(entry.key, [...titles, source.title]);
    out.push(print({ ...entry, key }));
  }
  return out.join('\n\n') + (out.length > 0 ? '\n' : '');
}
