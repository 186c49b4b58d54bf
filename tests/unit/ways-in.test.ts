import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildChecklist, buildLadder, keepWorkingSteps } from '../../src/outcome/build-checklist';
import { QUESTIONS, type Answers, type QuestionId } from '../../src/journey/flow';
import { journeyPath } from '../../src/journey/path';
import { currentStep, wizardMachine } from '../../src/journey/machine/wizard-machine';
import { decodeAnswers } from '../../src/journey/links';
import { linkSearch } from '../../src/journey/share-link';
import { parseJourney } from '../../src/stores/journey-storage';
import { JOURNEY_VERSION } from '../../src/stores/storage-keys';
import { allJourneys, troubleshootingJourneys } from '../support/journeys';

const fixes = troubleshootingJourneys();
const symptoms = QUESTIONS.hotspotIssue.options.filter((issue) => issue !== 'notSetUp');
const mostAsked = (journeys: readonly { asked: readonly QuestionId[]; answers: Answers }[], issue: string) =>
  Math.max(...journeys.filter((j) => j.answers.hotspotIssue === issue).map((j) => j.asked.length));

/** The most questions each symptom asks by the second way in, the symptom itself counted. */
const MOST_QUESTIONS = { missing: 3, cantJoin: 4, noInternet: 4, slow: 5, dataRunsOut: 5 } as const;

describe('the second way in: the symptom first', () => {
  it('enumerates every journey that starts from the symptom', () => {
    // 5 symptoms; the phone: 11 choices (4 devices, Android by 8 brands); then per symptom
    // missing: nothing more; cantJoin: 6 devices; noInternet: 7 networks; slow and dataRunsOut: 6 devices x 7 networks.
    expect(fixes).toHaveLength(11 * (1 + 6 + 7 + 6 * 7 + 6 * 7));
    for (const journey of fixes) {
      expect(journey.asked[0]).toBe('hotspotIssue');
      expect(journey.answers.wayIn).toBe('fix');
    }
  });

  it('asks each symptom only the questions it needs', () => {
    const never: QuestionId[] = ['esimSupport', 'esimCheck', 'pta', 'esimState', 'mobileData', 'dataBalance'];
    for (const journey of fixes) expect(journey.asked.filter((q) => never.includes(q))).toEqual([]);
    for (const issue of symptoms) expect(mostAsked(fixes, issue), issue).toBe(MOST_QUESTIONS[issue]);
  });

  it('asks far fewer questions than the whole wizard does before the same symptom', () => {
    const setUp = allJourneys();
    // Today's figure for every symptom: the whole wizard asks up to 11 questions.
    for (const issue of symptoms) expect(mostAsked(setUp, issue)).toBe(11);
    expect(Math.max(...Object.values(MOST_QUESTIONS))).toBeLessThanOrEqual(5);
  });

  it('never offers "not set up yet" on the way to a fix, and offers a travel eSIM', () => {
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: 'START', wayIn: 'fix' });
    expect(currentStep(actor.getSnapshot())).toBe('hotspotIssue');
    actor.send({ type: 'ANSWER', question: 'hotspotIssue', value: 'notSetUp' });
    expect(currentStep(actor.getSnapshot())).toBe('hotspotIssue');
    for (const [question, value] of [['hotspotIssue', 'noInternet'], ['device', 'iphone'], ['carrier', 'travel']] as const) {
      actor.send({ type: 'ANSWER', question, value });
    }
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
  });

  it('ends every journey in its ladder of fixes, then how to keep it working, each ladder non-empty', () => {
    for (const journey of fixes) {
      const ladder = buildLadder(journey.answers);
      expect(ladder.length, JSON.stringify(journey.answers)).toBeGreaterThan(1);
      expect(buildChecklist(journey.answers)).toEqual([...ladder, ...keepWorkingSteps(journey.answers)]);
    }
  });

  it('when data runs out fast: what the bundle counts first, then what uses it, then a limit; no reset', () => {
    const jazzAndroid: Answers = { wayIn: 'fix', hotspotIssue: 'dataRunsOut', device: 'android', androidBrand: 'samsung', connectDevice: 'windows', carrier: 'jazz' };
    expect(buildLadder(jazzAndroid)).toEqual(['splitBundleJazz', 'balanceJazz', 'safetyDataUse', 'dataLimitWindows', 'hotspotDataLimitAndroid', 'safetyConnectedDevices']);
    expect(keepWorkingSteps(jazzAndroid)).toEqual(['safetyInFlight', 'checkOnDevice']);
    const zongIphoneTv: Answers = { wayIn: 'fix', hotspotIssue: 'dataRunsOut', device: 'iphone', connectDevice: 'tv', carrier: 'zong' };
    expect(buildLadder(zongIphoneTv)).toEqual(['splitBundleZong', 'balanceZong', 'safetyDataUseNoComputer', 'safetyConnectedDevices']);
    // No split bundle is known on the other networks: their ladder starts with the balance.
    expect(buildLadder({ ...zongIphoneTv, carrier: 'telenor' })[0]).toBe('balanceTelenor');
  });

  it('goes back from the symptom to the start page, and Start again leads to the whole wizard', () => {
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: 'START', wayIn: 'fix' });
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('start');
    actor.send({ type: 'RESTART' });
    expect(currentStep(actor.getSnapshot())).toBe('device');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('opens the second way from its address before any answer, and only then', () => {
    const fresh = createActor(wizardMachine, { input: {} }).start();
    fresh.send({ type: 'GO_TO', step: 'hotspotIssue' });
    expect(currentStep(fresh.getSnapshot())).toBe('hotspotIssue');
    expect(fresh.getSnapshot().context.answers).toEqual({ wayIn: 'fix' });
    const settingUp = createActor(wizardMachine, { input: { answers: { device: 'iphone' } } }).start();
    settingUp.send({ type: 'GO_TO', step: 'hotspotIssue' });
    expect(currentStep(settingUp.getSnapshot())).toBe('connectDevice');
  });

  it('keeps the way in in links and on this device', async () => {
    const answers: Answers = { wayIn: 'fix', hotspotIssue: 'noInternet', device: 'android', androidBrand: 'samsung', carrier: 'jazz' };
    const search = linkSearch(answers);
    expect(search).toContain('wayIn-fix');
    const decoded = await decodeAnswers(search);
    expect(decoded).toEqual({ kind: 'answers', answers, complete: true, done: [], fixedBy: null });
    expect(journeyPath(answers).next).toBe('checklist');
    const raw = JSON.stringify({ version: JOURNEY_VERSION, answers, step: 'checklist', done: ['fixVpnAndroid'], fixedBy: 'fixVpnAndroid' });
    expect(parseJourney(raw)).toEqual({
      status: 'restored',
      journey: { answers, step: 'checklist', done: ['fixVpnAndroid'], fixedBy: 'fixVpnAndroid' },
    });
    expect(parseJourney(JSON.stringify({ version: JOURNEY_VERSION, answers: { wayIn: 'sideways' }, step: 'start', done: [] })).status).toBe('discarded');
  });
});
