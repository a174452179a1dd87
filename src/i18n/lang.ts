/** The two lecture languages; Chinese is the primary one. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const DEFAULT_LANG: Lang = 'zh';
export const LANG_STORAGE_KEY = 'lio.lang';
export const LANG_QUERY_PARAM = 'lang';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Value of the `<html lang>` attribute for a lecture language. */
export function htmlLangOf(lang: Lang): 'zh-CN' | 'en' {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * Picks the starting language. Order of precedence (contract): a valid
 * `?lang=` in the URL, then the remembered choice, then Chinese. Anything
 * unrecognised falls through to the next source instead of failing.
 */
export function resolveInitialLang(search: string, stored: string | null): Lang {
  const fromUrl = new URLSearchParams(search).get(LANG_QUERY_PARAM);
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(stored)) return stored;
  return DEFAULT_LANG;
}
