// The layers of src/ and what each may import: a lower layer never imports a higher one, and a
// feature never imports another feature (the app composes them). Enforced by ESLint (eslint.config.js).
import { dirname, relative, resolve, sep } from 'node:path';

/** Each layer, lowest first, with the layers it may import besides itself. */
export const LAYERS = {
  lib: [],
  i18n: ['lib'],
  journey: ['lib'],
  content: ['lib', 'journey'],
  outcome: ['lib', 'journey', 'content'],
  stores: ['lib', 'i18n', 'journey', 'content'],
  components: ['lib', 'i18n', 'journey', 'content', 'outcome', 'stores'],
  features: ['lib', 'i18n', 'journey', 'content', 'outcome', 'stores', 'components'],
  styles: [],
  // The live check page: its own small script, sharing the languages, text isolation and data rates.
  check: ['lib', 'i18n', 'content'],
  app: ['lib', 'i18n', 'journey', 'content', 'outcome', 'stores', 'components', 'features', 'styles'],
};

const SRC = resolve(import.meta.dirname, '..', 'src');

/** `{ layer, feature }` for a file under src/, or null outside it. */
export function layerOf(file) {
  const path = relative(SRC, file);
  if (path.startsWith('..') || path === '') return null;
  const [layer, feature] = path.split(sep);
  return { layer, feature: layer === 'features' ? feature : undefined };
}

/** Why `from` may not import `to`, or null when it may. */
export function importProblem(from, to) {
  const source = layerOf(from);
  const target = layerOf(to);
  if (!source || !target || source.layer === target.layer) {
    if (source && target && source.feature !== target.feature) {
      return `features never import each other: ${source.feature} imports ${target.feature} (the app composes them)`;
    }
    return null;
  }
  const allowed = LAYERS[source.layer];
  if (!allowed) return `${source.layer}/ is not a layer of src/ (see scripts/lint-layers.js)`;
  return allowed.includes(target.layer) ? null : `${source.layer}/ may not import ${target.layer}/ (a lower layer never imports a higher one)`;
}

const rule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Imports follow the layers of src/' } },
  create(context) {
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const problem = importProblem(context.filename, resolve(dirname(context.filename), spec));
      if (problem) context.report({ node: node.source, message: problem });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export const layersPlugin = { rules: { 'imports-follow-layers': rule } };
