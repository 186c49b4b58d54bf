import { defineConfig } from 'vitest/config';
import browser from './vitest.browser.config';

/** `npm run screenshots`: the browser set-up, running only the capture script. */
export default defineConfig({ ...browser, test: { ...browser.test, include: ['tests/browser/capture/*.capture.ts'] } });
