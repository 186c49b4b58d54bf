import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { usePreferences } from '../src/stores/preferences';
import { choiceMade } from '../src/stores/link-choice';
import { useStorageHealth } from '../src/stores/storage-health';
import { closeSourcesPage } from '../src/stores/sources-page';

// Waits return as soon as the state is there; on a busy 2-core machine a later screen's code and strings
// can take longer than the default second to arrive, so the limit is generous.
configure({ asyncUtilTimeout: 10_000 });

/** A few tests run in Node instead (`@vitest-environment node`): there is no page to reset. */
const page = typeof window !== 'undefined';

// jsdom lays nothing out, so it has no scrolling: where the view moves is checked in the browser tests.
if (page) {
  Element.prototype.scrollIntoView = () => undefined;
  window.scrollTo = () => undefined;
}

beforeEach(() => {
  if (!page) return;
  // Cleared before each test too: a previous app may flush its last save (to storage and to the
  // history entry's copy) while being disposed.
  localStorage.clear();
  window.history.replaceState(null, '', window.location.href);
  usePreferences.setState({ language: 'en' });
  useStorageHealth.setState({ keeping: true });
  choiceMade();
  closeSourcesPage();
});

afterEach(() => {
  if (!page) return;
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});
