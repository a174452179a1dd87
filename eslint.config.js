import tseslint from 'typescript-eslint';

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
    },
  },
);
