// The bench's static server: serves a folder as a static host does, with its precompressed copies.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Serves `name.br` or `name.gz` when the build has one and the browser accepts it, like a static host does. */
function precompressed(file, acceptEncoding, encodings) {
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!encodings.includes(encoding) || !acceptEncoding.includes(encoding)) continue;
    try {
      return { encoding, body: readFileSync(file + suffix) };
    } catch {
      // No precompressed copy in this encoding.
    }
  }
  return undefined;
}

/**
 * Serves a folder; unknown paths get index.html (the app is one document). Text without a
 * precompressed copy (the floor page) is gzipped on the fly.
 */
export function serve(root, fallback, encodings = ['br', 'gzip']) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
    '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let file = join(root, path === '/' ? fallback : path);
    let body;
    try { body = readFileSync(file); } catch { file = join(root, fallback); body = readFileSync(file); }
    const ext = file.slice(file.lastIndexOf('.'));
    const text = /\.(html|js|css|json|svg|webmanifest)$/.test(file);
    const copy = text ? precompressed(file, String(req.headers['accept-encoding'] ?? ''), encodings) : undefined;
    const encoding = copy?.encoding ?? (text ? 'gzip' : undefined);
    res.writeHead(200, { 'content-type': types[ext] ?? 'application/octet-stream', ...(encoding ? { 'content-encoding': encoding } : {}),
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache' });
    res.end(copy?.body ?? (text ? gzipSync(body) : body));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}
