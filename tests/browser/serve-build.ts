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

/** Waits until the server answers, or fails once it has exited or a while has passed. */
async function answering(url: string, process: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (process.exitCode !== null) throw new Error(`The web server exited (${process.exitCode}).`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((next) => setTimeout(next, 100));
  }
  throw new Error(`The web server did not answer at ${url}.`);
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
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}/`;
  await answering(url, server).catch((error: Error) => {
    throw new Error(`${error.message}\n${log}`);
  });
  project.provide('baseUrl', url);
}

export async function teardown() {
  server?.kill();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
