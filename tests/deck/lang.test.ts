import { afterEach, describe, expect, it } from 'vitest';
import { resolveInitialLang } from '../../src/i18n/lang.ts';
import { getLang, resetLangForTests, setLang, subscribeLang } from '../../src/i18n/langStore.ts';
import { pick, t } from '../../src/i18n/translate.ts';

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  resetLangForTests();
});

describe('resolveInitialLang', () => {
  it('prefers a valid ?lang= over the stored choice', () => {
    expect(resolveInitialLang('?lang=en', 'zh')).toBe('en');
  });
  it('falls back to the stored choice when ?lang= is unknown', () => {
    expect(resolveInitialLang('?lang=fr', 'en')).toBe('en');
  });
  it('defaults to zh when neither source is valid', () => {
    expect(resolveInitialLang('?lang=<script>', 'klingon')).toBe('zh');
    expect(resolveInitialLang('', null)).toBe('zh');
  });
});

describe('setLang', () => {
  it('setLang remembers the choice in localStorage and sets html[lang]', () => {
    setLang('en');
    expect(getLang()).toBe('en');
    expect(localStorage.getItem('lio.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    setLang('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('setLang rewrites an existing ?lang= so a reload keeps the new language', () => {
    window.history.replaceState(null, '', '/?lang=zh#/importance');
    setLang('en');
    expect(window.location.search).toBe('?lang=en');
    expect(window.location.hash).toBe('#/importance');
  });

  it('setLang does not add ?lang= when the address had none', () => {
    setLang('en');
    expect(window.location.search).toBe('');
  });

  it('setLang notifies subscribers once per change', () => {
    const seen: string[] = [];
    const off = subscribeLang((lang) => seen.push(lang));
    setLang('en');
    setLang('en');
    setLang('zh');
    off();
    expect(seen).toEqual(['en', 'zh']);
  });

  it('a fresh load reads ?lang= first, then the stored choice', () => {
    localStorage.setItem('lio.lang', 'en');
    resetLangForTests();
    expect(getLang()).toBe('en');
    window.history.replaceState(null, '', '/?lang=zh');
    resetLangForTests();
    expect(getLang()).toBe('zh');
    window.history.replaceState(null, '', '/?lang=xx');
    resetLangForTests();
    expect(getLang()).toBe('en');
  });
});

describe('t and pick', () => {
  it('t fills placeholders in the requested language', () => {
    expect(t('sim.unknown', { name: 'foo' }, 'en')).toContain('“foo”');
    expect(t('sim.unknown', { name: 'foo' }, 'zh')).toContain('“foo”');
  });
  it('pick follows the current language', () => {
    setLang('en');
    expect(pick({ zh: '中', en: 'EN' })).toBe('EN');
  });
});
