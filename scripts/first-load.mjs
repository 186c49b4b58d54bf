// What the start page downloads before it is usable: the entry chunk, every chunk it imports
// statically, the stylesheet and the locale in use. Sizes are gzip level 9, and Brotli as the
// build's precompressed `.br` copies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipKiB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const brotliKiB = (file) => readFileSync(`${file}.br`).length / 1024;

export function firstLoad(dist = 'dist', language = 'en') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const seen = new Set();
  const css = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const file of manifest[key].css ?? []) css.add(file);
    // Static imports load with the page, and so do the entry's own dynamic imports (start-up is split
    // into tasks) except locales, of which only the one in use loads; deeper dynamic imports (the
    // result page's tools) do not.
    const startUp = manifest[key].isEntry
      ? (manifest[key].dynamicImports ?? []).filter((next) => !next.startsWith('locale-'))
      : [];
    for (const next of [...(manifest[key].imports ?? []), ...startUp]) visit(next);
  };
  visit(entryKey);
  visit(Object.keys(manifest).find((key) => key.endsWith(`locale-${language}-core`)));
  const js = [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const cssFiles = [...css];
  const font = Object.values(manifest).flatMap((chunk) => chunk.assets ?? []).find((file) => /nastaliq.*\.woff2$/.test(file));
  return {
    jsFiles: js,
    jsGzipKiB: js.reduce((sum, file) => sum + gzipKiB(join(dist, file)), 0),
    cssGzipKiB: cssFiles.reduce((sum, file) => sum + gzipKiB(join(dist, file)), 0),
    htmlGzipKiB: gzipKiB(join(dist, 'index.html')),
    brotliKiB: [...js, ...cssFiles, 'index.html'].reduce((sum, file) => sum + brotliKiB(join(dist, file)), 0),
    urduFontKiB: font ? readFileSync(join(dist, font)).length / 1024 : NaN,
  };
}
