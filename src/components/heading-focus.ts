let requested = false;

/**
 * Moves focus to the page heading: at once if it is on the page, else as soon as it appears (a
 * screen whose code or strings are still arriving shows its heading a moment later).
 */
export function focusPageHeading(): void {
  const heading = document.getElementById('page-heading');
  requested = heading === null;
  if (heading) showNewPage(heading);
}

/**
 * A new page opens at its top, header and Back link in view, with focus on its heading (so it is
 * announced): focusing alone would scroll only as far as the heading.
 */
export function showNewPage(heading: HTMLElement): void {
  window.scrollTo(0, 0);
  heading.focus({ preventScroll: true });
}

/** True once after a focus request that found no heading: the heading that mounts next takes it. */
export function takeHeadingFocusRequest(): boolean {
  const wasRequested = requested;
  requested = false;
  return wasRequested;
}
