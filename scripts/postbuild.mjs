// After `vite build`: render the start page into index.html in each language (with the inline
// pre-paint script and a matching Content-Security-Policy), write the service worker, and write
// Brotli and gzip copies of every text file for hosts that serve precompressed files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { everythingTheAppLoads, stringFiles } from './app-files.mjs';
import { writeCheckPage } from './check-page.mjs';
import { filesUnder, writePrecompressed } from './precompress.mjs';

const DIST = 'dist';
const SSR_OUT = '.prerender';

async function renderStartPages() {
  await build({ logLevel: 'warn', build: { ssr: 'src/app/prerender.tsx', outDir: SSR_OUT, emptyOutDir: true } });
  const { renderStartPage, LANGUAGES_TO_RENDER } = await import(pathToFileURL(join(SSR_OUT, 'prerender.js')).href);
  const pages = [];
  for (const { code, font } of LANGUAGES_TO_RENDER) pages.push({ code, font, html: await renderStartPage(code) });
  rmSync(SSR_OUT, { recursive: true, force: true });
  return pages;
}

/** An inline script, from a module of the app, as one minified function that runs at once. */
async function compileInline(entry) {
  const output = await build({
    logLevel: 'warn',
    configFile: false,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry, formats: ['iife'], name: 'inline' },
    },
  });
  const chunk = [output].flat()[0].output.find((item) => item.type === 'chunk');
  return chunk.code.trim();
}

const sha256 = (text) => createHash('sha256').update(text).digest('base64');

function contentSecurityPolicy(inlineScripts) {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map((script) => `'sha256-${sha256(script)}'`).join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function writeServiceWorker() {
  const files = filesUnder(DIST)
    .map((file) => `/${relative(DIST, file).split('\\').join('/')}`)
    .filter((url) => url !== '/sw.js' && !/\.(woff|br|gz)$/.test(url) && !url.startsWith('/.vite/') && !url.startsWith('/check/'))
    .map((url) => (url === '/index.html' ? '/' : url))
    .sort();
  const version = createHash('sha256');
  for (const url of files) version.update(url).update(readFileSync(join(DIST, url === '/' ? 'index.html' : url)));
  const worker = readFileSync('scripts/service-worker.template.js', 'utf8')
    .replace('__VERSION__', `esim-hotspot-helper-${version.digest('hex').slice(0, 16)}`)
    .replace('__PRECACHE__', JSON.stringify(files));
  writeFileSync(join(DIST, 'sw.js'), worker);
  return files.length;
}

const pages = await renderStartPages();
const prePaint = await compileInline('src/app/boot/pre-paint.ts');
const showFirstScreen = await compileInline('src/app/boot/show-first-screen.ts');
const indexPath = join(DIST, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// A language set in a web font (Urdu in Nastaliq): the pre-paint script preloads it for that language only.
const assets = readdirSync(join(DIST, 'assets'));
function fontFile(font) {
  const file = assets.find((name) => name.startsWith(`${font}-`) && name.endsWith('.woff2'));
  if (!file) throw new Error(`postbuild: no ${font}-*.woff2 in the build`);
  return `/assets/${file}`;
}
// The app's entry script is started by the inline scripts: after the first paint when the page is
// already shown from HTML, at once otherwise. The HTML and stylesheet get the connection first.
const entry = html.match(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/);
if (!entry) throw new Error('postbuild: no entry script in index.html');
html = html.replace(entry[0], '');
// So are the modules it imports, which the HTML would otherwise preload before that paint.
const entryImports = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
for (const link of entryImports) html = html.replace(link[0], '');
const imports = entryImports.map((link) => link[1]).join(' ');
// A page that opens past the start page asks for the rest at once: the app's other scripts and its
// language's strings (read from the build's manifest, less what the HTML already names).
const linked = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]);
const rest = everythingTheAppLoads(DIST, [entry[1], ...entryImports.map((link) => link[1]), ...linked]).join(' ');
const strings = pages.flatMap(({ code }) => stringFiles(DIST, code)).join(' ');
const fonts = pages.filter(({ font }) => font).map(({ code, font }) => ` data-font-${code}="${fontFile(font)}"`).join('');
// The HTML's own start page is the English one; the others wait in templates.
const english = pages.find(({ code }) => code === 'en');
if (!english) throw new Error('postbuild: no English start page');
const templates = pages
  .filter((page) => page !== english)
  .map(({ code, html }) => `<template data-prerendered="${code}">${html}</template>`)
  .join('');
html = html.replace('<div id="root"></div>', `<div id="root">${english.html}</div>${templates}<script>${showFirstScreen}</script>`);
// First in the head, before the stylesheet, which would hold it back until it arrives.
html = html.replace(
  '<meta charset="UTF-8" />',
  `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([prePaint, showFirstScreen])}" />` +
    `\n    <script data-app="${entry[1]}" data-app-imports="${imports}" data-app-rest="${rest}" data-strings="${strings}"${fonts}>${prePaint}</script>`,
);
writeFileSync(indexPath, html);
const checkPageBytes = await writeCheckPage(DIST, { compileInline, sha256 });
const cached = writeServiceWorker();
const brotliSaving = writePrecompressed(DIST);
console.log(
  `postbuild: start page rendered in ${pages.map((page) => page.code).join(', ')}; service worker precaches ${cached} files; ` +
    `Brotli copies ${(brotliSaving / 1024).toFixed(1)} KiB smaller than gzip in all; live check page ${(checkPageBytes / 1024).toFixed(1)} KiB`,
);
