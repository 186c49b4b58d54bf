import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { usePreferences } from '../src/stores/preferences';
import { useStorageHealth } from '../src/stores/storage-health';

beforeEach(() => {
  // Cleared before each test too: a previous app may flush its last save while being disposed.
  localStorage.clear();
  usePreferences.setState({ language: 'en' });
  useStorageHealth.setState({ keeping: true });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});
