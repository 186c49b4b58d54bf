import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildLadder } from '../../src/outcome/build-checklist';
import { ladderPosition, triedFixes } from '../../src/outcome/fix-ladder';
import { currentStep, wizardMachine } from '../../src/journey/machine/wizard-machine';
import { decodeAnswers } from '../../src/journey/links';
import { linkSearch } from '../../src/journey/share-link';
import { startWizard } from '../../src/app/start-wizard';
import { troubleshootingJourneys } from '../support/journeys';

const fixes = troubleshootingJourneys();

/** Answers each fix on the ladder with "No" until `yesAt` (never, when -1), through the machine. */
function walk(answers: (typeof fixes)[number]['answers'], yesAt: number) {
  const actor = createActor(wizardMachine, { input: { answers } }).start();
  actor.send({ type: 'GO_TO', step: 'checklist' });
  const ladder = buildLadder(answers);
  const shown: string[] = [];
  for (let hops = 0; hops <= ladder.length; hops += 1) {
    const { done, fixedBy } = actor.getSnapshot().context;
    const position = ladderPosition(ladder, done, fixedBy);
    if (position.kind !== 'trying') return { position, shown, ladder, done };
    shown.push(position.step);
    actor.send({ type: 'FIX_RESULT', step: position.step, worked: position.index === yesAt });
  }
  throw new Error('the ladder did not end');
}

describe('every ladder ends: a yes, or the message for the network', () => {
  it('all "No": every fix is shown once, in order, then the message', () => {
    for (const { answers } of fixes) {
      const { position, shown, ladder, done } = walk(answers, -1);
      expect(position.kind).toBe('exhausted');
      expect(shown).toEqual(ladder);
      expect(triedFixes(ladder, done)).toEqual(ladder);
    }
  });

  it('a "Yes" at any fix ends with that fix as the one that worked', () => {
    for (const { answers } of fixes.filter((_, index) => index % 7 === 0)) {
      const ladder = buildLadder(answers);
      for (let yesAt = 0; yesAt < ladder.length; yesAt += 1) {
        const { position, shown } = walk(answers, yesAt);
        expect(position).toEqual({ kind: 'fixed', step: ladder[yesAt] });
        expect(shown).toEqual(ladder.slice(0, yesAt + 1));
      }
    }
  });

  it('a fix that worked counts only while the ladder still lists it', () => {
    expect(ladderPosition(['a', 'b'], ['a'], 'gone')).toEqual({ kind: 'trying', step: 'b', index: 1 });
    expect(ladderPosition(['a', 'b'], ['a', 'b'], null)).toEqual({ kind: 'exhausted' });
  });
});

describe("a link keeps the ladder's place", () => {
  const answers = { wayIn: 'fix', hotspotIssue: 'noInternet', device: 'android', androidBrand: 'samsung', carrier: 'jazz' } as const;
  const ladder = buildLadder(answers);

  async function opened(search: string) {
    const link = await decodeAnswers(search);
    const { actor } = startWizard({ status: 'empty' }, { kind: 'none' }, link);
    const { done, fixedBy } = actor.getSnapshot().context;
    return { link, step: currentStep(actor.getSnapshot()), position: ladderPosition(ladder, done, fixedBy) };
  }

  it('opens on the fix the person had reached, with the fixes tried', async () => {
    const search = linkSearch(answers, 'ur', { tried: ladder.slice(0, 2), fixedBy: null });
    expect(search).toContain(`tried-${ladder[0]}_${ladder[1]}`);
    const { link, step, position } = await opened(search);
    expect(link).toMatchObject({ complete: true, done: ladder.slice(0, 2), fixedBy: null });
    expect(step).toBe('checklist');
    expect(position).toEqual({ kind: 'trying', step: ladder[2], index: 2 });
  });

  it('opens on how to keep it working when a fix worked, and on the message when none did', async () => {
    const fixed = await opened(linkSearch(answers, undefined, { tried: ladder.slice(0, 3), fixedBy: ladder[2] }));
    expect(fixed.position).toEqual({ kind: 'fixed', step: ladder[2] });
    const exhausted = await opened(linkSearch(answers, undefined, { tried: ladder, fixedBy: null }));
    expect(exhausted.position).toEqual({ kind: 'exhausted' });
  });

  it('leaves the ladder out of a link with nothing tried, and drops fixes it cannot read', async () => {
    expect(linkSearch(answers, undefined, { tried: [], fixedBy: null })).toBe(linkSearch(answers));
    const { link, position } = await opened(`${linkSearch(answers)}.tried-${ladder[0]}_%3Cb%3E__9x.fixed-no%20such`);
    expect(link).toMatchObject({ complete: true, done: [ladder[0]], fixedBy: null });
    expect(position).toEqual({ kind: 'trying', step: ladder[1], index: 1 });
  });
});
