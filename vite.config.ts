/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileEarlyPlugin } from './scripts/compile-early-plugin.ts';
import { localePartsPlugin } from './src/i18n/locale-parts-plugin.ts';

export default defineConfig({
  plugins: [react(), localePartsPlugin(), compileEarlyPlugin()],
  build: {
    target: 'es2022',
    // Every browser the app targets (Chrome on Android, Safari 17+) preloads modules natively; older
    // Safari still runs the app, only without preloading.
    modulePreload: { polyfill: false },
    // Lists each chunk's imports: the performance budget follows them (scripts/first-load.mjs).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React DOM in one chunk: the checklist's print date uses its flushSync, which would
          // otherwise split off a small chunk of its own that the start page then waits for. Its
          // dependency React stays apart: the start-up chunk needs React without waiting for React DOM.
          includeDependenciesRecursively: false,
          groups: [{ name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Enumerating all journeys takes a few seconds on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
