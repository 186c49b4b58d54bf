/**
 * Runs inline in index.html, before the first paint and before any bundle loads. The HTML carries the
 * start page rendered at build time in each language; this keeps the one the visitor will see, so a
 * first visit paints at once. A returning visitor (saved answers, or a step in the address) gets an
 * empty root instead, which the app fills, so the wrong screen never flashes.
 */
import { initialLanguage } from '../../i18n/initial-language';
import { isLanguage, LANGUAGES } from '../../i18n/languages';
import { readStoredItem } from '../../lib/safe-storage';
import { isPlainObject, parseJson } from '../../lib/parse-json';
import { ANSWERS_PARAM, LANGUAGE_PARAM, STEP_PARAM } from '../../journey/url-params';
import { JOURNEY_KEY, JOURNEY_VERSION, PREFERENCES_KEY } from '../../stores/storage-keys';
import { oncePainted } from './once-painted';

/**
 * A quick look rather than the app's full check, to keep this script small. It errs one way only: a
 * start page it does not recognise is rendered by the app instead (a moment later, but never wrong).
 */
function showsFreshStart(params: URLSearchParams): boolean {
  const step = params.get(STEP_PARAM);
  if ((step !== null && step !== 'start') || params.has(ANSWERS_PARAM)) return false;
  const raw = readStoredItem(JOURNEY_KEY);
  if (raw === null) return true;
  const saved = parseJson(raw);
  return (
    isPlainObject(saved) &&
    saved.version === JOURNEY_VERSION &&
    saved.step === 'start' &&
    isPlainObject(saved.answers) &&
    Object.keys(saved.answers).length === 0
  );
}

/** Asks for a font or a module the page will need, without waiting for what would ask for it. */
function preload(href: string, kind: 'font' | 'module'): void {
  const link = document.createElement('link');
  if (kind === 'font') {
    link.rel = 'preload';
    link.as = 'font';
    link.type = 'font/woff2';
  } else {
    link.rel = 'modulepreload';
  }
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Loads the app's entry module, and the modules it imports alongside it rather than after it. */
function startApp(src: string | undefined, imports = ''): void {
  if (!src) return;
  for (const href of imports.split(' ').filter(Boolean)) preload(href, 'module');
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = src;
  document.head.append(script);
}

const root = document.getElementById('root');
const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-prerendered]')];
if (root) {
  const params = new URLSearchParams(location.search);
  const linked = params.get(LANGUAGE_PARAM);
  const language = isLanguage(linked)
    ? linked
    : initialLanguage(readStoredItem(PREFERENCES_KEY), navigator.languages ?? []);
  const template = templates.find((t) => t.dataset.prerendered === language);
  document.documentElement.lang = LANGUAGES[language].htmlLang;
  document.documentElement.dir = LANGUAGES[language].dir;
  root.dataset.language = language;
  // The page's font at once, rather than once the stylesheet asks for it.
  if (template?.dataset.font) preload(template.dataset.font, 'font');
  if (template && showsFreshStart(params)) {
    root.replaceChildren(template.content.cloneNode(true));
    root.dataset.prerendered = language;
    // The page is readable already: let it paint before the app's script competes for the network.
    oncePainted(() => startApp(root.dataset.app, root.dataset.appImports));
  } else {
    // The app builds this page: it fetches what the page needs at once (boot/warm-up.ts).
    root.dataset.returning = '';
    root.replaceChildren();
    startApp(root.dataset.app, root.dataset.appImports);
  }
}
for (const template of templates) template.remove();
