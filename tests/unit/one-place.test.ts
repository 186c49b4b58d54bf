import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/journey/flow';
import { QUESTION_IDS } from '../../src/journey/steps';

/** Every source file of the app (locales and tests are not code). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|css|js|mjs)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles('src').map((path) => ({ path, code: readFileSync(path, 'utf8') }));

/** The code without its comments. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/**
 * A frozen table of what old links meant: it names every question of its day, and never changes
 * when one is added (links-format-1.ts).
 */
const FROZEN = ['src/journey/links-format-1.ts'];

/** Files whose code matches `pattern`, or whose name is `<id>.<ext>`. */
function filesMatching(pattern: RegExp, id: string): string[] {
  return files
    .filter(({ path, code }) => !FROZEN.includes(path) && (pattern.test(withoutComments(code)) || path.endsWith(`/${id}.ts`)))
    .map(({ path }) => path);
}

/** A question is named by its ID as a string, as a property (`answers.pta`) or as an object key. */
const questionPattern = (id: string) => new RegExp(`['"\`]${id}['"\`]|\\.${id}\\b(?![.-])|(^|[{,\\s])${id}\\??:`, 'm');

/** A network is named by its name anywhere in code, in IDs too (`balanceJazz`, `jazzApn`). */
const networkPattern = (id: string) => new RegExp(`\\b${id}|${id[0].toUpperCase()}${id.slice(1)}`);

describe('one place for each kind of change', () => {
  it.each(QUESTION_IDS)('the question %s is named in at most two source files', (question) => {
    const naming = filesMatching(questionPattern(question), question);
    expect(naming.length, naming.join('\n')).toBeLessThanOrEqual(2);
    expect(naming).toContain('src/journey/flow.ts');
  });

  // "other" is also a device and a brand; it has a module of its own like every network.
  it.each(QUESTIONS.carrier.options.filter((id) => id !== 'other'))('the network %s is named in at most two source files', (carrier) => {
    const naming = filesMatching(networkPattern(carrier), carrier);
    expect(naming.length, naming.join('\n')).toBeLessThanOrEqual(2);
    expect(naming).toContain(`src/content/carriers/${carrier}.ts`);
  });
});

describe('file size', () => {
  it('keeps every source file, scripts and tests too, to 200 lines or fewer', () => {
    const long = [...files, ...[...sourceFiles('scripts'), ...sourceFiles('tests')].map((path) => ({ path, code: readFileSync(path, 'utf8') }))]
      .map(({ path, code }) => `${path}: ${code.split('\n').length - 1}`)
      .filter((row) => Number(row.split(': ')[1]) > 200);
    expect(long).toEqual([]);
  });
});
