import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getSimplePaths, getShortestPaths, toDirectedGraph } from 'xstate/graph';
import { buildChecklist } from '../../src/outcome/build-checklist';
import { QUESTIONS, type Answers, type QuestionId } from '../../src/journey/flow';
import { QUESTION_IDS } from '../../src/journey/steps';
import { currentStep, wizardMachine } from '../../src/journey/machine/wizard-machine';
import { CHECKLIST_STEP_IDS } from '../support/model';
import { allJourneys, forwardEvents } from '../support/journeys';

const journeys = allJourneys();
const checklists = journeys.map((journey) => buildChecklist(journey.answers));
/** Journeys for which `bad` holds, described by their answers: the list a failing test prints. */
function offending(bad: (index: number) => boolean): string[] {
  return journeys.flatMap((journey, index) => (bad(index) ? [JSON.stringify(journey.answers)] : [])).slice(0, 5);
}

describe('every journey through the wizard', () => {
  it('has the expected number of journeys', () => {
    // 11 device/brand choices x 6 devices to connect
    //   x (eSIM: 2 ways with x 4 PTA x 7 networks x 31 endings + no eSIM: 2 ways x 4 PTA x 6 networks x 28 endings)
    // An ending with the phone online: 4 balances x 6 hotspot states; offline: 4 balances; with an eSIM, 3 eSIM troubles.
    expect(journeys).toHaveLength(11 * 6 * (2 * 4 * 7 * (4 * 6 + 4 + 3) + 2 * 4 * 6 * (4 * 6 + 4)));
    expect(journeys).toHaveLength(203280);
  });

  it('ends every journey in a checklist of known steps, each at most once', () => {
    const known = new Set<string>(CHECKLIST_STEP_IDS);
    expect(offending((i) => checklists[i].length === 0)).toEqual([]);
    expect(offending((i) => new Set(checklists[i]).size !== checklists[i].length)).toEqual([]);
    expect(offending((i) => checklists[i].some((step) => !known.has(step)))).toEqual([]);
  });

  it('always gets the device online, and ends with the safety notes and the live check on that device', () => {
    const cable = (i: number) => journeys[i].answers.connectDevice === 'desktop';
    const iosPhone = (i: number) => ['iphone', 'ipad'].includes(journeys[i].answers.device ?? '');
    // The hotspot is on for every Wi-Fi join, and for an iPhone's cable; an Android cable is USB tethering.
    expect(offending((i) => (!cable(i) || iosPhone(i)) && !checklists[i].some((step) => step.startsWith('hotspotOn')))).toEqual([]);
    expect(offending((i) => cable(i) && !iosPhone(i) && !checklists[i].some((step) => step.startsWith('usbTethering')))).toEqual([]);
    const joins = ['joinWindows', 'joinMac', 'joinChromebook', 'joinPhoneTablet', 'joinTv', 'cableIphoneWindows', 'usbTethering'];
    expect(offending((i) => !checklists[i].some((step) => joins.some((join) => step.startsWith(join))))).toEqual([]);
    const computer = (i: number) => !['phoneTablet', 'tv'].includes(journeys[i].answers.connectDevice ?? '');
    const ending = (i: number) => `${computer(i) ? 'safetyDataUse' : 'safetyDataUseNoComputer'},safetyConnectedDevices,safetyInFlight,checkOnDevice`;
    expect(offending((i) => checklists[i].slice(-4).join(',') !== ending(i))).toEqual([]);
  });

  it('reaches every question state and every checklist step from some journey', () => {
    const asked = new Set(journeys.flatMap((journey) => journey.asked));
    const graph = toDirectedGraph(wizardMachine);
    const questionNodes = graph.children.map((node) => node.id.replace('wizard.', '')).filter((id) => (QUESTION_IDS as readonly string[]).includes(id));
    expect(questionNodes.sort()).toEqual([...QUESTION_IDS].sort());
    for (const question of QUESTION_IDS) expect(asked.has(question)).toBe(true);

    const used = new Set(checklists.flat());
    expect(CHECKLIST_STEP_IDS.filter((step) => !used.has(step))).toEqual([]);
  });

  it('asks each question at most once per journey, and never asks Android brand of an iPhone', () => {
    expect(offending((i) => new Set(journeys[i].asked).size !== journeys[i].asked.length)).toEqual([]);
    expect(
      offending((i) => journeys[i].answers.device !== 'android' && journeys[i].asked.includes('androidBrand')),
    ).toEqual([]);
  });

  it('agrees with simple-path enumeration where that is affordable', () => {
    // From the network question of one journey, the two enumerations must find the same endings.
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: 'START' });
    for (const [question, value] of [
      ['device', 'iphone'],
      ['connectDevice', 'mac'],
      ['esimSupport', 'yes'],
      ['pta', 'registered'],
    ] as const) {
      actor.send({ type: 'ANSWER', question, value });
    }
    const fromState = actor.getSnapshot();
    const options = { events: (s: typeof fromState) => forwardEvents(s), fromState, toState: (s: typeof fromState) => s.matches('checklist') };
    const simple = getSimplePaths(wizardMachine, options).map((p) => JSON.stringify(p.state.context.answers));
    const shortest = getShortestPaths(wizardMachine, options).map((p) => JSON.stringify(p.state.context.answers));
    expect(simple.length).toBe(7 * 31);
    expect(simple.sort()).toEqual(shortest.sort());
  });
});

/** [question, answers before it, answer, next step]: the routing table, one row per answer. */
const ROUTING_TABLE: [QuestionId, Answers, string, string][] = [
  ['device', {}, 'iphone', 'connectDevice'],
  ['device', {}, 'ipad', 'connectDevice'],
  ['device', {}, 'android', 'androidBrand'],
  ['device', {}, 'other', 'connectDevice'],
  ...(['samsung', 'xiaomi', 'oppo', 'vivo', 'transsion', 'pixel', 'huawei', 'other'] as const).map(
    (brand): [QuestionId, Answers, string, string] => ['androidBrand', { device: 'android' }, brand, 'connectDevice'],
  ),
  ...QUESTIONS.connectDevice.options.map((connecting): [QuestionId, Answers, string, string] => [
    'connectDevice',
    { device: 'iphone' },
    connecting,
    'esimSupport',
  ]),
  ['esimSupport', { device: 'iphone', connectDevice: 'windows' }, 'yes', 'pta'],
  ['esimSupport', { device: 'iphone', connectDevice: 'windows' }, 'no', 'pta'],
  ['esimSupport', { device: 'iphone', connectDevice: 'windows' }, 'notSure', 'esimCheck'],
  ['esimCheck', { device: 'iphone', connectDevice: 'windows', esimSupport: 'notSure' }, 'eid', 'pta'],
  ['esimCheck', { device: 'iphone', connectDevice: 'windows', esimSupport: 'notSure' }, 'noEid', 'pta'],
  ...(['registered', 'notRegistered', 'visitor', 'notSure'] as const).map(
    (pta): [QuestionId, Answers, string, string] => ['pta', { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes' }, pta, 'carrier'],
  ),
  // Every network: a phone with an eSIM is asked about its state; one without is not offered a travel eSIM.
  ...QUESTIONS.carrier.options.map((carrier): [QuestionId, Answers, string, string] => [
    'carrier',
    { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered' },
    carrier,
    'esimState',
  ]),
  ...QUESTIONS.carrier.options
    .filter((carrier) => carrier !== 'travel')
    .map((carrier): [QuestionId, Answers, string, string] => [
      'carrier',
      { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered' },
      carrier,
      'mobileData',
    ]),
  ['esimState', { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'zong' }, 'active', 'mobileData'],
  ['esimState', { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'zong' }, 'noSignal', 'checklist'],
  ['esimState', { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'zong' }, 'notInstalled', 'checklist'],
  ['esimState', { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'zong' }, 'failed', 'checklist'],
  ['mobileData', { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'zong' }, 'yes', 'dataBalance'],
  ['mobileData', { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'zong' }, 'no', 'dataBalance'],
  ...(['enough', 'low', 'none', 'notSure'] as const).flatMap((balance): [QuestionId, Answers, string, string][] => [
    ['dataBalance', { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'zong', mobileData: 'yes' }, balance, 'hotspotIssue'],
    ['dataBalance', { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'zong', mobileData: 'no' }, balance, 'checklist'],
  ]),
  ...(['notSetUp', 'missing', 'cantJoin', 'noInternet', 'slow', 'dataRunsOut'] as const).map(
    (issue): [QuestionId, Answers, string, string] => [
      'hotspotIssue',
      { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'zong', mobileData: 'yes', dataBalance: 'enough' },
      issue,
      'checklist',
    ],
  ),
];

describe('routing table: answer -> next question', () => {
  it.each(ROUTING_TABLE)('%s with %j: %s -> %s', (question, before, value, next) => {
    const actor = createActor(wizardMachine, { input: { answers: before } }).start();
    actor.send({ type: 'GO_TO', step: question });
    expect(currentStep(actor.getSnapshot())).toBe(question);
    actor.send({ type: 'ANSWER', question, value });
    expect(currentStep(actor.getSnapshot())).toBe(next);
  });

  it('covers every option of every question', () => {
    const covered = new Set(ROUTING_TABLE.map(([question, , value]) => `${question}.${value}`));
    const given = new Set(journeys.flatMap((j) => Object.entries(j.answers).map(([q, v]) => `${q}.${String(v)}`)));
    expect([...given].filter((option) => !covered.has(option))).toEqual([]);
  });

  it('offers a travel eSIM only to phones that take an eSIM', () => {
    const noEsim = createActor(wizardMachine, {
      input: { answers: { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered' } },
    }).start();
    noEsim.send({ type: 'GO_TO', step: 'carrier' });
    noEsim.send({ type: 'ANSWER', question: 'carrier', value: 'travel' });
    expect(currentStep(noEsim.getSnapshot())).toBe('carrier');
  });
});
