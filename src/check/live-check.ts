import { DATA_RATES, type HourlyRate } from '../content/data-rates';
import { detectLanguage, isLanguage, LANGUAGE_CODES, LANGUAGES, type Language } from '../i18n/languages';
import { splitLtrRuns } from '../lib/ltr-runs';
import { megabitsPerSecond, roundForReading, SLOW_MBPS, videoMbPerHourAt } from './speed';

/*
 * The live check page (/check/), opened on the device that joined the hotspot. It proves one thing:
 * that this device reaches this app's host, and roughly how fast. It stores nothing and sends nothing
 * but the request for a test file of known size. Its strings come in the page, in all three languages.
 */

type Strings = Readonly<Record<string, string>>;
type Result = { readonly state: 'checking' | 'offline' } | { readonly state: 'online' | 'slow'; readonly mbps: number };

const PROBE = '/check/probe.bin';
const TIMEOUT_MS = 20_000;

const root = document.documentElement;
const STRINGS = JSON.parse(document.getElementById('check-strings')?.textContent ?? '{}') as Readonly<Record<Language, Strings>>;
const PROBE_BYTES = Number(root.dataset.probeBytes);

function video(id: 'videoSd' | 'videoHd'): HourlyRate {
  const rate = DATA_RATES.find((candidate): candidate is HourlyRate => candidate.id === id && candidate.kind === 'perHour');
  if (!rate) throw new Error(`live check: no hourly rate ${id}`);
  return rate;
}
const SD = video('videoSd');
const HD = video('videoHd');

/** The language asked for in the address, else the browser's first of ours, else English. */
function initialLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return isLanguage(asked) ? asked : detectLanguage(navigator.languages);
}

let language = initialLanguage();
let result: Result = { state: 'checking' };

function text(key: string, values: Readonly<Record<string, number | string>> = {}): string {
  return (STRINGS[language]?.[key] ?? '').replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? ''));
}

/** Sets an element's text; in a right-to-left language, Latin runs (Mbps, MB, figures) are isolated. */
function show(id: string, value: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.hidden = value === '';
  if (LANGUAGES[language].dir !== 'rtl') {
    element.textContent = value;
    return;
  }
  element.replaceChildren(
    ...splitLtrRuns(value).map((part) => {
      if (!part.ltr) return document.createTextNode(part.text);
      const bdi = document.createElement('bdi');
      bdi.dir = 'ltr';
      bdi.textContent = part.text;
      return bdi;
    }),
  );
}

function render(): void {
  root.lang = LANGUAGES[language].htmlLang;
  root.dir = LANGUAGES[language].dir;
  document.title = text('documentTitle');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language]')) {
    link.setAttribute('aria-current', String(link.dataset.language === language));
  }
  document.querySelector('.languages')?.setAttribute('aria-label', text('languages'));
  show('check-title', text('title'));
  const status = document.getElementById('check-status');
  status?.setAttribute('data-state', result.state);
  const measured = 'mbps' in result ? result.mbps : undefined;
  show('check-status', text(result.state === 'slow' ? 'online' : result.state));
  show('check-speed', measured === undefined ? '' : text('speed', { mbps: roundForReading(measured, 'mbps') }));
  show('check-video', measured === undefined ? '' : text('video', { mb: roundForReading(videoMbPerHourAt(measured, HD.maxMbPerHour), 'mb') }));
  show('check-budget', measured === undefined ? '' : text('budget', { sdMin: SD.minMbPerHour, sdMax: SD.maxMbPerHour, hdMin: HD.minMbPerHour, hdMax: HD.maxMbPerHour }));
  show('check-next', result.state === 'offline' ? text('offlineNext') : result.state === 'slow' ? text('slow') : '');
  show('check-again', text(result.state === 'checking' ? 'checking' : 'again'));
  const again = document.getElementById('check-again') as HTMLButtonElement | null;
  if (again) again.disabled = result.state === 'checking';
  show('check-honest', text('honest', { size: Math.round(PROBE_BYTES / 1000) }));
}

/** Downloads the test file once; any failure, or no answer in time, counts as not online. */
async function measure(): Promise<Result> {
  if (!navigator.onLine) return { state: 'offline' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const started = performance.now();
    const response = await fetch(PROBE, { cache: 'no-store', signal: controller.signal });
    if (!response.ok) return { state: 'offline' };
    const bytes = (await response.arrayBuffer()).byteLength;
    const mbps = megabitsPerSecond(bytes, performance.now() - started);
    return { state: mbps < SLOW_MBPS ? 'slow' : 'online', mbps };
  } catch {
    return { state: 'offline' };
  } finally {
    clearTimeout(timer);
  }
}

async function check(): Promise<void> {
  result = { state: 'checking' };
  render();
  result = await measure();
  render();
}

/** A link to each language, in its own name; choosing one changes the page in place, result kept. */
function languageLinks(): HTMLAnchorElement[] {
  return LANGUAGE_CODES.map((code) => {
    const link = document.createElement('a');
    link.href = `?lang=${code}`;
    link.lang = LANGUAGES[code].htmlLang;
    link.dir = LANGUAGES[code].dir;
    link.dataset.language = code;
    link.textContent = LANGUAGES[code].nativeName;
    link.addEventListener('click', (click) => {
      click.preventDefault();
      language = code;
      window.history.replaceState(null, '', `?lang=${code}`);
      render();
    });
    return link;
  });
}

document.querySelector('.languages')?.replaceChildren(...languageLinks());
document.getElementById('check-again')?.addEventListener('click', () => void check());
void check();
