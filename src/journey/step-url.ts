import { isStepId, type StepId } from './steps';
import { STEP_PARAM } from './url-params';

/** The address of a step: the app's own path with `?step=<id>` (none for the start page). */
export function urlForStep(step: StepId, pathname = typeof location === 'undefined' ? '/' : location.pathname): string {
  return step === 'start' ? pathname : `${pathname}?${STEP_PARAM}=${step}`;
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
