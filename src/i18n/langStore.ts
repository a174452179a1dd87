import { useSyncExternalStore } from 'react';
import {
  DEFAULT_LANG, LANG_QUERY_PARAM, LANG_STORAGE_KEY, htmlLangOf, isLang, resolveInitialLang, type Lang,
} from './lang.ts';

// The current language lives outside React so reveal.js handlers, stores and
// plain functions can read it; React subscribes with useSyncExternalStore.
type Listener = (lang: Lang) => void;

const listeners = new Set<Listener>();
let current: Lang = readInitialLang();

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (privacy mode): the choice is simply not remembered
  }
}

function readInitialLang(): Lang {
  if (typeof window === 'undefined') return DEFAULT_LANG;
  return resolveInitialLang(window.location.search, readStored());
}

function applyToDocument(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLangOf(lang);
}

// A `?lang=` already in the address must follow the switch, or a reload
// would bring the old language back (the URL outranks the stored choice).
function applyToUrl(lang: Lang): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (!url.searchParams.has(LANG_QUERY_PARAM) || url.searchParams.get(LANG_QUERY_PARAM) === lang) return;
  url.searchParams.set(LANG_QUERY_PARAM, lang);
  window.history.replaceState(window.history.state, '', url);
}

function remember(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not remembered; the switch itself still works
  }
}

function commit(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  applyToDocument(lang);
  for (const listener of listeners) listener(lang);
}

export function getLang(): Lang {
  return current;
}

/** Switches the interface and lecture language, remembers it, keeps the URL consistent. */
export function setLang(lang: Lang): void {
  if (!isLang(lang)) return;
  remember(lang);
  applyToUrl(lang);
  commit(lang);
}

export function subscribeLang(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribeLang, getLang, getLang);
}

/**
 * Follows a language switch made in another window of the same deck (the
 * speaker view's slide previews are same-origin iframes): they re-render in
 * the presenter's language without a reload.
 */
export function followLangInOtherWindows(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === LANG_STORAGE_KEY && isLang(event.newValue)) {
      applyToUrl(event.newValue);
      commit(event.newValue);
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

applyToDocument(current);

/** Test hook: re-reads URL and storage as a fresh page load would. */
export function resetLangForTests(): void {
  current = readInitialLang();
  applyToDocument(current);
  for (const listener of listeners) listener(current);
}
