/** Where the app keeps things in localStorage. Shared by the stores and the pre-paint script. */
export const PREFERENCES_KEY = 'esim-hotspot-helper:preferences';
export const JOURNEY_KEY = 'esim-hotspot-helper:journey';
