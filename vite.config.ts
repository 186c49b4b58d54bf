/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compileEarlyPlugin } from './scripts/compile-early-plugin.ts';
import { localePartsPlugin } from './src/i18n/locale-parts-plugin.ts';
import { urduFontPlugin } from './scripts/urdu-font.mjs';

/**
 * What only later screens use (app/later-screens.ts): the checklist and the tools, the content and the
 * checklist builder, question help, and modules only they use. A module the start page needs too must
 * not match, or the start page would download this whole chunk (the budget test fails).
 */
const LATER_SCREENS =
  /src[\\/](features[\\/](checklist|tools)[\\/]|content[\\/]|outcome[\\/]|components[\\/](FactList|FactValue|FactCopy|fact-list|use-copy|CopyStatus|Checkboxes|SourcesLink)|features[\\/]wizard[\\/]components[\\/]QuestionHelp|lib[\\/](digits|dialling|dial-links|phone-guess|use-offline-ready)|app[\\/]LinkChoice)|node_modules[\\/]qrcode-generator[\\/]/;

export default defineConfig({
  plugins: [react(), localePartsPlugin(), compileEarlyPlugin(), urduFontPlugin()],
  resolve: {
    // react-i18next imports React's useSyncExternalStore through a shim for React 17; with React 19
    // the shim only adds bytes to the start page.
    alias: { 'use-sync-external-store/shim': fileURLToPath(new URL('./src/lib/react-sync-store.ts', import.meta.url)) },
  },
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
          groups: [
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
            // Later screens in one chunk with one stylesheet: each chunk or stylesheet a page asks
            // for costs it a link element and main-thread work, and each stylesheet a style recalc.
            { name: 'later-screens', test: LATER_SCREENS },
            // Addresses are made at start-up and by the later screens' links: with the journey's flow,
            // not a chunk of their own that the start page would ask for separately.
            { name: 'flow', test: /src[\\/]journey[\\/](flow|steps|step-url|url-params)\.ts$/ },
          ],
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
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
  },
});
