/**
 * Runs inline in index.html, before the first paint and before any bundle loads. The HTML carries the
 * start page rendered at build time in each language; this keeps the one the visitor will see, so a
 * first visit paints at once. A returning visitor (saved answers, or a step in the address) gets an
 * empty root instead, which the app fills, so the wrong screen never flashes.
 */
import { stepFromSearch } from '../../features/wizard/step-url';
import { initialLanguage } from '../../i18n/initial-language';
import { LANGUAGES } from '../../i18n/languages';
import { safeStorage } from '../../lib/safe-storage';
import { parseJourney } from '../../stores/journey-storage';
import { JOURNEY_KEY, PREFERENCES_KEY } from '../../stores/storage-keys';

function showsFreshStart(): boolean {
  const inUrl = stepFromSearch(location.search);
  if (inUrl.kind === 'unknown' || (inUrl.kind === 'step' && inUrl.step !== 'start')) return false;
  const saved = parseJourney(safeStorage.getItem(JOURNEY_KEY));
  if (saved.status === 'discarded') return false;
  return saved.status === 'empty' || Object.keys(saved.journey.answers).length === 0;
}

/** Starts fetching the page's font at once rather than after the stylesheet asks for it. */
function preloadFont(href: string | undefined): void {
  if (!href) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'font';
  link.type = 'font/woff2';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Loads the app's entry module. */
function startApp(src: string | undefined): void {
  if (!src) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = src;
  document.head.append(script);
}

const root = document.getElementById('root');
const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-prerendered]')];
if (root) {
  const language = initialLanguage(safeStorage.getItem(PREFERENCES_KEY), navigator.languages ?? []);
  const template = templates.find((t) => t.dataset.prerendered === language);
  document.documentElement.lang = LANGUAGES[language].htmlLang;
  document.documentElement.dir = LANGUAGES[language].dir;
  if (template && showsFreshStart()) {
    root.replaceChildren(template.content.cloneNode(true));
    root.dataset.prerendered = language;
    preloadFont(template.dataset.font);
    // The page is readable already: let it paint before the app's script competes for the network.
    requestAnimationFrame(() => setTimeout(() => startApp(root.dataset.app), 0));
  } else {
    root.replaceChildren();
    startApp(root.dataset.app);
  }
}
for (const template of templates) template.remove();
