export { DEFAULT_LANG, LANGS, LANG_STORAGE_KEY, htmlLangOf, isLang, otherLang, resolveInitialLang, type Lang } from './lang.ts';
export { followLangInOtherWindows, getLang, setLang, subscribeLang, useLang } from './langStore.ts';
export { STRINGS, type Bilingual, type StringKey } from './strings.ts';
export { both, pick, t, useT, type Params } from './translate.ts';
export { LangContext, pickText, useText, useUiLang, type Text } from './text.ts';
export * from './format.ts';
export {
  DERIVATION_TEXT, derivationTitle, termLabel, fillParams,
  type AnyDerivation, type AnySymbolOf, type DerivationTexts, type DerivationWords, type LabelledDerivation,
} from './engine/derivations.ts';
export { ENGINE_ERROR_TEXT, ENGINE_ERROR_REASON_TEXT, engineErrorText, errorText } from './engine/errors.ts';
export { FIELD_NAMES, fieldName } from './engine/fields.ts';
export { STRATEGY_TEXT, DECISION_QUESTIONS, type StrategyWords } from './engine/strategies.ts';
export { PRESET_NAMES_ZH, presetLabel, presetName } from './engine/presets.ts';
export { cite } from './cite.ts';
