import { isStepId, type StepId } from './steps';
import { PAGE_PARAM, SOURCES_PAGE, STEP_PARAM } from './url-params';

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

/** Marks a link to the sources page; its value is the fact the page opens at (empty: its top). */
export const OPENS_SOURCES = 'data-opens-sources';

/** The address's anchor for a fact's entry on the sources page. */
const factAnchor = (fact: string): string => `fact-${fact}`;

/** An app address with one more query parameter. */
export function withParam(address: string, name: string, value: string): string {
  return `${address}${address.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

/** An app address with the sources page shown over its step, opened at a fact's entry or at its top. */
export function withSourcesPage(address: string, fact: string | null): string {
  const page = withParam(address, PAGE_PARAM, SOURCES_PAGE);
  return fact === null ? page : `${page}#${factAnchor(fact)}`;
}

/** What an address says of the sources page: shown or not, and at which fact's (or data-use figure's) entry. */
export function sourcesFromAddress(search: string, hash: string): { readonly open: boolean; readonly fact: string | null } {
  const open = new URLSearchParams(search).get(PAGE_PARAM) === SOURCES_PAGE;
  const anchor = /^#fact-([A-Za-z0-9-]+)$/.exec(hash);
  return { open, fact: open && anchor ? anchor[1] : null };
}
