/**
 * The kit's language binding. Components follow the deck's language
 * (`useLang` from src/i18n); `LangContext` overrides it for a subtree, which
 * tests, demos and side-by-side comparisons use.
 */
import { createContext, useContext } from 'react';
import { useLang } from '../i18n/index.ts';

export type Lang = 'zh' | 'en';
export type Bilingual = { readonly zh: string; readonly en: string };
/** Text a component shows: bilingual, or a plain string that is the same in both languages (a symbol, a number). */
export type Text = string | Bilingual;

/** null = follow the deck's language. */
export const LangContext = createContext<Lang | null>(null);

export function useUiLang(): Lang {
  const forced = useContext(LangContext);
  const deck = useLang();
  return forced ?? deck;
}

export function pickText(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** The current language and a picker bound to it, for components that show several texts. */
export function useText(): { lang: Lang; t: (text: Text) => string } {
  const lang = useUiLang();
  return { lang, t: (text: Text) => pickText(text, lang) };
}
