import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve('.') });

/** The layer rule's messages for a file at `path` holding `code`. */
async function layerProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(path) });
  return result.messages.filter((m) => m.ruleId === 'layers/imports-follow-layers').map((m) => m.message);
}

describe('the lint configuration enforces the layers', () => {
  it('fails a lower layer importing a higher one', async () => {
    expect(await layerProblems('src/journey/zz.ts', "import { FACTS } from '../content/catalog';\nexport const x = FACTS;\n")).toEqual([
      'journey/ may not import content/ (a lower layer never imports a higher one)',
    ]);
    expect(await layerProblems('src/lib/zz.ts', "export const load = () => import('../app/later-screens');\n")).toHaveLength(1);
    expect(await layerProblems('src/stores/zz.ts', "export * from '../components/FactList';\n")).toHaveLength(1);
  });

  it('fails a feature importing another feature', async () => {
    const code = "import { ChecklistPage } from '../checklist/components/ChecklistPage';\nexport const x = ChecklistPage;\n";
    expect(await layerProblems('src/features/tools/zz.ts', code)).toEqual([
      'features never import each other: tools imports checklist (the app composes them)',
    ]);
  });

  it('passes imports downwards, within a layer and within a feature', async () => {
    const code = [
      "import { journeyPath } from '../../../journey/path';",
      "import { FactList } from '../../../components/FactList';",
      "import { TextField } from './TextField';",
      'export const x = [journeyPath, FactList, TextField];',
      '',
    ].join('\n');
    expect(await layerProblems('src/features/tools/components/zz.tsx', code)).toEqual([]);
    expect(await layerProblems('src/app/zz.ts', "export { QuestionPage } from '../features/wizard/components/QuestionPage';\n")).toEqual([]);
  });
});
