import { describe, expect, it } from 'vitest';
import { eagerCommonJs } from '../../scripts/compile-early-plugin.ts';

describe('eagerCommonJs', () => {
  it('turns each CommonJS wrapper into a parenthesised function expression, whatever its parameters', () => {
    const code = [
      'var require_a = /* @__PURE__ */ __commonJSMin(((exports) => {',
      '\texports.a = 1;',
      '}));',
      'var require_b = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
      '\tmodule.exports = require_a();',
      '}));',
      'var require_c = __commonJSMin((() => {}));',
    ].join('\n');
    expect(eagerCommonJs(code)).toBe(
      [
        'var require_a = /* @__PURE__ */ __commonJSMin((function(exports) {',
        '\texports.a = 1;',
        '}));',
        'var require_b = /* @__PURE__ */ __commonJSMin((function(exports, module) {',
        '\tmodule.exports = require_a();',
        '}));',
        'var require_c = __commonJSMin((function() {}));',
      ].join('\n'),
    );
  });

  it('leaves other arrow functions and code without wrappers as they are', () => {
    const code = 'const f = ((x) => {\n\treturn x;\n});\nrun(((a, b) => { go(a, b); }));';
    expect(eagerCommonJs(code)).toBe(code);
  });

  it('keeps what a wrapped module exports', () => {
    const commonJsMin = (body: (exports: Record<string, unknown>, module: { exports: unknown }) => void) => {
      const module = { exports: {} as Record<string, unknown> };
      body(module.exports, module);
      return module.exports;
    };
    const source = 'return __commonJSMin(((exports, module) => {\n\tmodule.exports = { answer: 42 };\n}));';
    const run = (code: string) => new Function('__commonJSMin', code)(commonJsMin) as unknown;
    expect(run(eagerCommonJs(source))).toEqual(run(source));
    expect(run(eagerCommonJs(source))).toEqual({ answer: 42 });
  });
});
