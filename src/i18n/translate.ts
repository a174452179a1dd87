import { useCallback } from 'react';
import type { Lang } from './lang.ts';
import { getLang, useLang } from './langStore.ts';
import { STRINGS, type Bilingual, type StringKey } from './strings.ts';

export type Params = Readonly<Record<string, string | number>>;

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The `lang` (default: the current language) member of a `{ zh, en }` pair. */
export function pick<T = string>(texts: Readonly<Record<Lang, T>>, lang: Lang = getLang()): T {
  return texts[lang];
}

/** An interface string in `lang` (default: the current language), with `{name}` placeholders filled. */
export function t(key: StringKey, params?: Params, lang: Lang = getLang()): string {
  return fill(STRINGS[key][lang], params);
}

/** An interface string in both languages, placeholders filled (for text shown later in either language). */
export function both(key: StringKey, params?: Params): Bilingual {
  return { zh: fill(STRINGS[key].zh, params), en: fill(STRINGS[key].en, params) };
}

/** `t` bound to the current language; re-renders the caller when the language changes. */
export function useT(): (key: StringKey, params?: Params) => string {
  const lang = useLang();
  return useCallback((key: StringKey, params?: Params) => t(key, params, lang), [lang]);
}
