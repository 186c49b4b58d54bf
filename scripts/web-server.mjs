// The app's own web server configuration (deploy/Caddyfile) run on a folder, for the browser tests and
// the bench: precompressed copies, cache headers and the one document, as a real host serves them.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A port nothing listens on now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Waits until Caddy logs that it serves its configuration, or fails if it exits first. */
function serving(caddy) {
  return new Promise((ready, fail) => {
    let log = '';
    caddy.stderr.on('data', (chunk) => {
      log = (log + chunk.toString()).slice(-4000);
      if (log.includes('"msg":"serving initial configuration"')) ready();
    });
    caddy.on('exit', (code) => fail(new Error(`The web server exited (${code}) before serving:\n${log}`)));
  });
}

/**
 * Serves `root` with deploy/Caddyfile on a free port. `precompressed` lists the encodings whose
 * precompressed copies are served ("gzip" alone, as many hosts do).
 */
export async function serveFolder(root, { precompressed = 'br gzip' } = {}) {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'caddy-'));
  const caddy = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
    env: { ...process.env, PORT: String(port), SITE_ROOT: resolve(root), PRECOMPRESSED: precompressed, HOME: home,
      XDG_CONFIG_HOME: home, XDG_DATA_HOME: home },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await serving(caddy);
  return { url: `http://127.0.0.1:${port}/`, close: () => caddy.kill() };
}
