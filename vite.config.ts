import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { slidesPlugin } from './build/slidesPlugin.ts';
import { cspPlugin } from './build/cspPlugin.ts';

// The engine and the engine-facing language modules (its words, citations, the unit formatter) form one chunk
// that only simulators load. They are side-effect free, so the first page does not import the chunk for
// ordering. If the deck's own code starts importing one of these, the whole chunk joins the first page:
// tests/browser/budgets.spec.mjs then fails the 150 KB initial-JavaScript budget.
const ENGINE_CHUNK = /[\\/]src[\\/](engine[\\/]|i18n[\\/]engine[\\/]|i18n[\\/](cite|bibtex|format)\.ts)/;

// Relative base so the built site works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    slidesPlugin(),
    // The built page's Content-Security-Policy (build/cspPlugin.ts): own origin only, no inline script.
    cspPlugin(),
    // Installable, and offline after the first visit: Workbox precaches every
    // asset (both languages, every simulator chunk, KaTeX's woff2 fonts), so a
    // simulator never visited online still loads offline. A new version waits
    // for the reader to accept it (registerType 'prompt'): never a reload
    // mid-lecture. Registered from src/deck/controllers/offline.ts.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '大模型的推理优化 · LLM Inference Optimisation',
        short_name: '推理优化',
        description: '大模型的推理优化：内存优化、计算优化与通信优化 — 交互式讲义 / LLM inference optimisation: an interactive lecture',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b3d91',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // Fonts stay files, never data: URLs in the CSS, so the CSP can say font-src 'self' (build/cspPlugin.ts).
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !ENGINE_CHUNK.test(id) },
      output: {
        codeSplitting: {
          groups: [{ name: 'engine', test: ENGINE_CHUNK }],
        },
      },
    },
  },
  test: {
    // The engine's tests need no DOM: they run in Node, the rest in jsdom (whose start-up dominates a file's cost).
    // Files share a worker's environment (isolate: false: 50 s instead of 250 s on 2 cores); each test file resets
    // what it touches (forgetPlacements, localStorage.clear, store resets in beforeEach/afterEach).
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          setupFiles: ['./vitest.setup.node.ts'],
          include: ['tests/engine/**/*.test.ts', 'src/engine/**/*.test.ts', 'src/i18n/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./vitest.setup.node.ts', './vitest.setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**', 'node_modules/**', 'tests/engine/**', 'src/engine/**', 'src/i18n/**/*.test.ts'],
        },
      },
    ],
  },
});
