/** Where the app keeps things in localStorage, and each record's format. Shared by the stores, the pre-paint script and the tests. */
export const PREFERENCES_KEY = 'esim-hotspot-helper:preferences';
export const JOURNEY_KEY = 'esim-hotspot-helper:journey';

/** The saved preferences' format: `{ state: { language }, version }`. */
export const PREFERENCES_VERSION = 1;

/** The saved journey's format. Version 2 added ticked checklist steps (`done`); version 1 records are migrated on load. */
export const JOURNEY_VERSION = 2;
