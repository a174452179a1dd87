import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { slidesPlugin } from './build/slidesPlugin.ts';

// Relative base so the built site works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [react(), slidesPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
