import { defineConfig } from 'vitest/config';

/** Browser tests: the production build in Debian's Chromium, driven by playwright-core. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/serve-build.ts'],
    testTimeout: 60_000,
    // expect.poll returns as soon as the state is there; a busy 2-core machine can take longer than the
    // default second to paint a screen, write its address or save.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // One Chromium at a time keeps a 2-core machine responsive and timings honest.
    fileParallelism: false,
  },
});
