export { DEFAULT_LANG, LANGS, LANG_STORAGE_KEY, htmlLangOf, isLang, otherLang, resolveInitialLang, type Lang } from './lang.ts';
export { followLangInOtherWindows, getLang, setLang, subscribeLang, useLang } from './langStore.ts';
export { STRINGS, type Bilingual, type StringKey } from './strings.ts';
export { pick, t, useT, type Params } from './translate.ts';
export { LangContext, pickText, useText, useUiLang, type Text } from './text.ts';
