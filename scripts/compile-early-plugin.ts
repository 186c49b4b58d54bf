import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/*
 * V8 compiles a function lazily, on the main thread, the first time it is called; what runs at start-up
 * then costs long tasks right after the start page paints. Code it knows will run is compiled eagerly
 * instead, while the script streams in, off the main thread. This plugin tells it so, two ways:
 *
 * - The bundler wraps each CommonJS module (React, React DOM, the scheduler) in an arrow function that
 *   runs on first `require`: for React DOM about 50 ms of parsing in one task. A parenthesised
 *   `function` expression is compiled eagerly; the wrappers are rewritten to that form (their bodies
 *   use neither `this` nor `arguments`). Their inner functions stay lazy: most of React DOM never runs.
 * - Every other start-up chunk (the app and its ES-module libraries, loaded by the entry) carries V8's
 *   compile hint `//# allFunctionsCalledOnLoad`: they are small, and most of what they hold runs at
 *   start-up. Later screens' chunks stay lazy, compiled as they run: with the hint on them too, a
 *   returning visitor's checklist blocked longer (ADR 0008).
 */
const ARROW_WRAPPER = /__commonJSMin\(\(\(([\w$]+(?:, [\w$]+)*)?\) => \{/g;
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function eagerCommonJs(code: string): string {
  return code.replace(ARROW_WRAPPER, (_, params: string | undefined) => `__commonJSMin((function(${params ?? ''}) {`);
}

/** A chunk's file name is not final while it renders; the modules it holds name it throughout. */
const chunkKey = (chunk: { moduleIds: readonly string[] }) => chunk.moduleIds.join('\n');

/** The entry, what it loads itself (locales aside: one of them loads), and their static imports. */
function startUpChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const found = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || found.has(chunk)) return;
    found.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
    visit(entry);
    for (const name of entry.dynamicImports.filter((file) => !file.includes('locale-'))) visit(byName.get(name));
  }
  return [...found];
}

export function compileEarlyPlugin(): Plugin {
  // Start-up chunks of CommonJS libraries only (React, React DOM) get no hint: most of their code never runs.
  const commonJsLibraries = new Set<string>();
  return {
    name: 'compile-early',
    apply: 'build',
    renderChunk(code, chunk) {
      const rewritten = eagerCommonJs(code);
      if (rewritten === code) return null;
      if (chunk.moduleIds.every((id) => /[\\/]node_modules[\\/]/.test(id))) commonJsLibraries.add(chunkKey(chunk));
      return { code: rewritten, map: null };
    },
    // After minification, which would drop the comment.
    generateBundle(_, bundle) {
      for (const chunk of startUpChunks(bundle)) {
        if (!commonJsLibraries.has(chunkKey(chunk))) chunk.code = COMPILE_HINT + chunk.code;
      }
    },
  };
}
