/**
 * The kit's language binding. src/i18n owns the deck's language; until the
 * deck wraps simulators in `<LangContext value={useLang()}>`, components read
 * the default ('zh', the lecture's first language).
 */
import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';
export type Bilingual = { readonly zh: string; readonly en: string };
/** Text a component shows: bilingual, or a plain string that is the same in both languages (a symbol, a number). */
export type Text = string | Bilingual;

export const LangContext = createContext<Lang>('zh');

export function useUiLang(): Lang {
  return useContext(LangContext);
}

export function pickText(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** The current language and a picker bound to it, for components that show several texts. */
export function useText(): { lang: Lang; t: (text: Text) => string } {
  const lang = useUiLang();
  return { lang, t: (text: Text) => pickText(text, lang) };
}
