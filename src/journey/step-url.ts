import { isStepId, type StepId } from './steps';
import { STEP_PARAM } from './url-params';

/**
 * The app's own path, as every address it writes starts: the page's path with its leading slashes made
 * one. A path that starts `//` (`http://host//?step=x`) would otherwise make the address another host's
 * (`//?step=x` is protocol-relative), which the browser refuses to put in history.
 */
export function appPath(pathname = typeof location === 'undefined' ? '/' : location.pathname): string {
  // A backslash reads as a slash in an http address.
  return pathname.replace(/^[\\/]+/, '/');
}

/** The address of a step: the app's own path with `?step=<id>` (none for the start page). */
export function urlForStep(step: StepId, pathname?: string): string {
  const path = appPath(pathname);
  return step === 'start' ? path : `${path}?${STEP_PARAM}=${step}`;
}

export type StepInUrl =
  | { readonly kind: 'none' }
  | { readonly kind: 'step'; readonly step: StepId }
  /** A `step` parameter we do not know (an old or damaged link). */
  | { readonly kind: 'unknown' };

export function stepFromSearch(search: string): StepInUrl {
  const value = new URLSearchParams(search).get(STEP_PARAM);
  if (value === null) return { kind: 'none' };
  return isStepId(value) ? { kind: 'step', step: value } : { kind: 'unknown' };
}
