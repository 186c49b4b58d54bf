import { OPENS_SOURCES } from '../journey/step-url';
import { openSourcesPage } from '../stores/sources-page';

/**
 * Takes over every link to the sources page: a plain click opens the page over the step; a click
 * that asks for a new tab or window is left to the browser. One listener for the whole app, so the
 * screens that show such links need no part of the page's state.
 */
export function openSourcesLinksInApp(): () => void {
  const onClick = (click: MouseEvent) => {
    if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
    const link = click.target instanceof Element ? click.target.closest(`a[${OPENS_SOURCES}]`) : null;
    if (link === null) return;
    click.preventDefault();
    openSourcesPage(link.getAttribute(OPENS_SOURCES) || null);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
