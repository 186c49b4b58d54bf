// The live check page (`/check/`), written after `vite build`: one small HTML file with its script,
// style and strings inline (so it loads in one request on a device that has only just joined a
// hotspot), and the test file it downloads to measure the speed. See docs/adr/0016.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The test file's size: big enough to time on a fast hotspot, small enough for a short bundle. */
export const PROBE_BYTES = 200_000;

/** Bytes no server or proxy can compress, so the figure is the connection's, not a compressor's. */
function incompressibleBytes(length) {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i += 1) {
    // xorshift32: the same bytes every build, so the file's cache copies stay the same.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

/** Each language's `check` section, from its locale file. */
function pageStrings() {
  const files = readdirSync('locales').filter((name) => name.endsWith('.json'));
  return Object.fromEntries(
    files.map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join('locales', name), 'utf8')).check]),
  );
}

/** JSON that can sit inside a script element: no `</script>`, no `<!--`. */
const inScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Writes `check/index.html` and `check/probe.bin` into `dist`. `compileInline` turns a module into one
 * inline script; `sha256` hashes an inline script or style for the page's Content-Security-Policy.
 */
export async function writeCheckPage(dist, { compileInline, sha256 }) {
  const script = await compileInline('src/check/live-check.ts');
  const style = readFileSync('src/check/check.css', 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const strings = pageStrings();
  const english = strings.en;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(script)}'`,
    `style-src 'sha256-${sha256(style)}'`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = readFileSync('src/check/check.html', 'utf8')
    .replace('__PROBE_BYTES__', String(PROBE_BYTES))
    .replace('__CSP__', csp)
    .replace('__TITLE__', escapeHtml(english.documentTitle))
    .replace('__LANGUAGES__', escapeHtml(english.languages))
    .replace('__H1__', escapeHtml(english.title))
    .replaceAll('__CHECKING__', escapeHtml(english.checking))
    .replace('__STYLE__', () => style)
    .replace('__STRINGS__', () => inScript(strings))
    .replace('__SCRIPT__', () => script);
  mkdirSync(join(dist, 'check'), { recursive: true });
  writeFileSync(join(dist, 'check', 'index.html'), html);
  writeFileSync(join(dist, 'check', 'probe.bin'), incompressibleBytes(PROBE_BYTES));
  return Buffer.byteLength(html);
}
