import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Chinese, Japanese and Korean characters and full-width punctuation.
const CJK = '[\\u2E80-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFF00-\\uFFEF]';
const LANGUAGE_MESSAGE = 'No language in the engine: return an id, a symbol or a number, and put the words in src/i18n/engine.';
const INLINE_TEXT_MESSAGE = 'Words live in the simulator\'s text.ts (or src/i18n), not inline in a component.';
const BILINGUAL_OBJECT = `ObjectExpression:has(> Property[key.name='zh'], > Property[key.value='zh']):has(> Property[key.name='en'], > Property[key.value='en'])`;

// Architecture (house style): slides → deck → sims → charts/state → engine;
// the engine imports nothing from the app, simulators never import each
// other, charts never import the UI kit, and no module takes part in an
// import cycle. Language belongs to src/i18n.
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'screenshots/**', 'build/**', '*.config.*', 'vitest.setup.ts'] },
  {
    // The browser suite and the benchmarks: Node scripts whose page.evaluate callbacks run in the page.
    files: ['tests/browser/**/*.mjs', 'bench/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too, or no-cycle cannot follow them.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '(useEngine)' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/sims/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['../*/**', '!../_shared/**', '!../_protocol/**', '!../../**'], message: 'Simulators never import other simulators: move what two share to src/sims/_shared, src/ui, src/charts or the engine.' },
          { group: ['**/deck/**', 'reveal.js', 'reveal.js/*'], message: 'Simulators reach the deck only through src/sims/_protocol.' },
          { group: ['**/engine/*/**', '!**/engine/index.ts'], message: 'Simulators import the engine through src/engine/index.ts only.' },
        ],
      }],
    },
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/ui/**', '**/sims/**', '**/deck/**', '**/state/**'], message: 'Charts are drawing only: they never import the UI kit, simulators, the deck or state.' }],
      }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/sims/**', '**/deck/**', 'reveal.js'], message: 'The UI kit never imports simulators or the deck.' }],
      }],
    },
  },
  {
    // Components show words from text modules; they never carry them inline or branch on the language.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: BILINGUAL_OBJECT, message: INLINE_TEXT_MESSAGE },
        { selector: `BinaryExpression[operator=/^[!=]==?$/]:has(> Literal[value='zh'])`, message: 'Do not branch on the language in a component: pick text with t(…) from a text module.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine is pure: no React.' },
          { group: ['d3', 'd3-*'], message: 'The engine is pure: no d3.' },
          { group: ['zustand', 'zustand/*'], message: 'The engine is pure: no zustand.' },
          { group: ['reveal.js', 'reveal.js/*'], message: 'The engine is pure: no reveal.js.' },
          { group: ['**/charts/**', '**/state/**', '**/sims/**', '**/deck/**', '**/slides/**', '**/i18n/**', '**/ui/**'], message: 'The engine imports nothing from the app.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'location'],
      // No language in the engine (issue #9 item 7): it returns ids, symbols and
      // numbers; the words, in both languages, live in src/i18n.
      'no-restricted-syntax': ['error',
        { selector: BILINGUAL_OBJECT, message: LANGUAGE_MESSAGE },
        { selector: `:matches(TSTypeLiteral, TSInterfaceBody):has(> TSPropertySignature[key.name='zh']):has(> TSPropertySignature[key.name='en'])`, message: LANGUAGE_MESSAGE },
        { selector: `Literal[value=/${CJK}/]`, message: LANGUAGE_MESSAGE },
        { selector: `TemplateElement[value.raw=/${CJK}/]`, message: LANGUAGE_MESSAGE },
      ],
    },
  },
);
