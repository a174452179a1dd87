import tseslint from 'typescript-eslint';

// Chinese, Japanese and Korean characters and full-width punctuation.
const CJK = '[\\u2E80-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFF00-\\uFFEF]';
const LANGUAGE_MESSAGE = 'No language in the engine: return an id, a symbol or a number, and put the words in src/i18n/engine.';

// The engine is the pure core: it may not import the app, React, d3, zustand,
// reveal.js, or touch the DOM (house style: "a pure core, a thin binding").
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine is pure: no React.' },
          { group: ['d3', 'd3-*'], message: 'The engine is pure: no d3.' },
          { group: ['zustand', 'zustand/*'], message: 'The engine is pure: no zustand.' },
          { group: ['reveal.js', 'reveal.js/*'], message: 'The engine is pure: no reveal.js.' },
          { group: ['**/charts/**', '**/state/**', '**/sims/**', '**/deck/**', '**/slides/**', '**/i18n/**'], message: 'The engine imports nothing from the app.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'location'],
      // No language in the engine (issue #9 item 7): it returns ids, symbols and
      // numbers; the words, in both languages, live in src/i18n.
      'no-restricted-syntax': ['error',
        { selector: `ObjectExpression:has(> Property[key.name='zh'], > Property[key.value='zh']):has(> Property[key.name='en'], > Property[key.value='en'])`, message: LANGUAGE_MESSAGE },
        { selector: `:matches(TSTypeLiteral, TSInterfaceBody):has(> TSPropertySignature[key.name='zh']):has(> TSPropertySignature[key.name='en'])`, message: LANGUAGE_MESSAGE },
        { selector: `Literal[value=/${CJK}/]`, message: LANGUAGE_MESSAGE },
        { selector: `TemplateElement[value.raw=/${CJK}/]`, message: LANGUAGE_MESSAGE },
      ],
    },
  },
);
