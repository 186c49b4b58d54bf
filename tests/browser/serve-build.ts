import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveFolder } from '../../scripts/web-server.mjs';

let stop: (() => void) | undefined;

/**
 * Serves the production build (`dist/`, made by `npm run build`) with the web server configuration the
 * app ships (`deploy/Caddyfile`): its precompressed copies and cache headers, as a real host serves it.
 */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build: run `npm run build` first.');
  const server = await serveFolder('dist');
  stop = server.close;
  project.provide('baseUrl', server.url);
}

export function teardown() {
  stop?.();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
