import type { Plugin } from 'vite';

/**
 * The bundler wraps each CommonJS module (React, React DOM, the scheduler) in an arrow function that
 * runs on first `require`. V8 compiles such a function lazily, on the main thread, when it is first
 * called: for React DOM that is about 50 ms of parsing in one task right after the start page paints.
 * A parenthesised `function` expression is compiled eagerly instead, while the script streams in, off
 * the main thread. This rewrites the wrappers to that form; nothing else about them changes (their
 * bodies use neither `this` nor `arguments`).
 */
const ARROW_WRAPPER = /__commonJSMin\(\(\(([\w$]+(?:, [\w$]+)*)?\) => \{/g;

export function eagerCommonJs(code: string): string {
  return code.replace(ARROW_WRAPPER, (_, params: string | undefined) => `__commonJSMin((function(${params ?? ''}) {`);
}

export function eagerCommonJsPlugin(): Plugin {
  return {
    name: 'eager-commonjs',
    apply: 'build',
    renderChunk(code) {
      const rewritten = eagerCommonJs(code);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
