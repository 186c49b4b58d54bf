/** Where the app keeps things in localStorage. Shared by the stores and the pre-paint script. */
export const PREFERENCES_KEY = 'esim-hotspot-helper:preferences';
export const JOURNEY_KEY = 'esim-hotspot-helper:journey';

/** The saved journey's format. Version 2 added ticked checklist steps (`done`); version 1 records are migrated on load. */
export const JOURNEY_VERSION = 2;
