/**
 * Text a component shows, and the binding that picks it in the current
 * language. Components follow the deck's language (`useLang`);
 * `LangContext` overrides it for a subtree (tests, side-by-side views).
 */
import { createContext, useContext } from 'react';
import type { Lang } from './lang.ts';
import { useLang } from './langStore.ts';
import type { Bilingual } from './strings.ts';

/** Bilingual text, or a plain string that is the same in both languages (a symbol, a number). */
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
