/**
 * Saved settings that could not be read, summarised in one notice that names
 * the lecture sections they belong to, in both languages (the deck shows the
 * current one), instead of one notice per simulator named by internal ids.
 * The deck tells this module which section each placement is on once the
 * slides are known; until then the simulator's own title names it.
 */
import type { Bilingual } from '../i18n/index.ts';
import { STRINGS, type StringKey } from '../i18n/strings.ts';
import { upsertNotice } from './notices.ts';

const NOTICE_KEY = 'corrupt-state';

interface Corrupt {
  readonly placement: string;
  readonly title: Bilingual;
}

const corrupt: Corrupt[] = [];
let sectionOf: ReadonlyMap<string, string> = new Map();

function sectionName(id: string): Bilingual | null {
  const key = `section.${id}` as StringKey;
  return key in STRINGS ? STRINGS[key] : null;
}

function summary(): Bilingual {
  const names = { zh: [] as string[], en: [] as string[] };
  for (const c of corrupt) {
    const section = sectionName(sectionOf.get(c.placement) ?? '');
    const zh = section ? `${section.zh}（${c.title.zh}）` : c.title.zh;
    const en = section ? `${section.en} (${c.title.en})` : c.title.en;
    if (!names.zh.includes(zh)) names.zh.push(zh);
    if (!names.en.includes(en)) names.en.push(en);
  }
  const t = STRINGS['state.corruptSummary'];
  return { zh: t.zh.replace('{list}', names.zh.join('、')), en: t.en.replace('{list}', names.en.join('; ')) };
}

/** A placement's saved state could not be read (it fell back to its preset). */
export function reportCorrupt(placement: string, title: Bilingual): void {
  if (!corrupt.some((c) => c.placement === placement)) corrupt.push({ placement, title });
  upsertNotice(NOTICE_KEY, summary());
}

/** Which section each placement is on (from the slides); renames the notice if one is showing. */
export function setPlacementSections(map: ReadonlyMap<string, string>): void {
  sectionOf = map;
  if (corrupt.length > 0) upsertNotice(NOTICE_KEY, summary());
}

/** For tests. */
export function resetCorruptState(): void {
  corrupt.length = 0;
  sectionOf = new Map();
}
