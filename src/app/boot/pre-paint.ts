/**
 * Runs inline at the top of index.html's head, before the stylesheet and any bundle load, so nothing
 * waits for it. It chooses the page's language and the first screen: the start page, which the HTML
 * carries rendered at build time in each language, or a screen the app builds (a question, a
 * checklist). It asks for the app's code at once, and for a screen the app builds, for everything the
 * app may need, in parallel. What it decides is left on <html> for the script at the end of the body
 * (`show-first-screen.ts`), which puts the right screen in place before the first paint; until then,
 * `data-wait` keeps the HTML's English start page out of sight when it is not the screen to show.
 */
import { initialLanguage } from '../../i18n/initial-language';
import { isLanguage, LANGUAGES } from '../../i18n/languages';
import { readStoredItem } from '../../lib/safe-storage';
import { isPlainObject, parseJson } from '../../lib/parse-json';
import { ANSWERS_PARAM, LANGUAGE_PARAM, STEP_PARAM } from '../../journey/url-params';
import { JOURNEY_KEY, JOURNEY_VERSION, PREFERENCES_KEY } from '../../stores/storage-keys';
import { preload } from './preload';

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

const html = document.documentElement;
const files = document.currentScript?.dataset ?? {};
const params = new URLSearchParams(location.search);
const linked = params.get(LANGUAGE_PARAM);
const language = isLanguage(linked) ? linked : initialLanguage(readStoredItem(PREFERENCES_KEY), navigator.languages ?? []);
const freshStart = showsFreshStart(params);
html.lang = LANGUAGES[language].htmlLang;
html.dir = LANGUAGES[language].dir;
html.dataset.language = language;
html.dataset.screen = freshStart ? 'start' : 'app';
if (!freshStart || language !== 'en') html.dataset.wait = '';
// The start page's font at once, rather than once the stylesheet asks for it. A screen the app builds
// lets its scripts have the connection first: its text asks for the face once it is drawn, and on a
// slow line both its steps and the face come sooner that way (docs/performance.md).
const font = document.currentScript?.getAttribute(`data-font-${language}`);
if (font && freshStart) preload(font, 'font');
// The app's entry and what it imports, at once. For a screen the app builds, everything else it may
// need too, in parallel, rather than each part once the code before it has run.
const strings = freshStart ? [] : (files.strings ?? '').split(' ').filter((file) => file.includes(`-${language}-`));
const rest = freshStart ? '' : files.appRest;
for (const file of [files.app, files.appImports, rest, ...strings].join(' ').split(' ')) if (file) preload(file);
