import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Waits until Caddy logs that it serves its configuration, or fails if it exits first. */
function serving(caddy: ChildProcess): Promise<void> {
  return new Promise((ready, fail) => {
    let log = '';
    caddy.stderr?.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
      if (log.includes('"msg":"serving initial configuration"')) ready();
    });
    caddy.on('exit', (code) => fail(new Error(`The web server exited (${code}) before serving:\n${log}`)));
  });
}

/**
 * Serves the production build (`dist/`, made by `npm run build`) with the web server configuration the
 * app ships (`deploy/Caddyfile`): its precompressed copies and cache headers, as a real host serves it.
 */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build: run `npm run build` first.');
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'caddy-'));
  server = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
    env: { ...process.env, PORT: String(port), SITE_ROOT: resolve('dist'), HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await serving(server);
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
}

export async function teardown() {
  server?.kill();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
