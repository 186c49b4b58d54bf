/**
 * The wizard's flow, one entry per question, in the order they are usually met: the answers it
 * offers, where each answer leads, and what its page shows besides (help, a warning, a number
 * checker). A question's words live in the locale files under `questions.<id>`.
 *
 * IDs are stable: they name machine states, locale keys, URL steps, stored answers and shared links.
 * Routes are tried in order; the last route of every question has no condition.
 */
export const QUESTIONS = {
  device: {
    options: ['iphone', 'ipad', 'android', 'other'],
    // "This looks like an iPhone", when the browser says so: a hint, never a choice made for the person.
    help: [{ guess: 'phone' }],
    next: [
      { to: 'androidBrand', when: 'isAndroid' },
      { to: 'connectDevice', when: 'asksConnectDevice' },
      { to: 'carrier', when: 'asksCarrier' },
      { to: 'checklist' },
    ],
  },
  androidBrand: {
    options: ['samsung', 'xiaomi', 'oppo', 'vivo', 'transsion', 'pixel', 'huawei', 'other'],
    next: [{ to: 'connectDevice', when: 'asksConnectDevice' }, { to: 'carrier', when: 'asksCarrier' }, { to: 'checklist' }],
  },
  /** The device to put online: it decides how the last steps join, and what to try when Wi-Fi will not. */
  connectDevice: {
    options: ['windows', 'mac', 'chromebook', 'desktop', 'phoneTablet', 'tv'],
    next: [{ to: 'esimSupport', when: 'settingUp' }, { to: 'carrier', when: 'asksCarrier' }, { to: 'checklist' }],
  },
  esimSupport: {
    options: ['yes', 'no', 'notSure'],
    // iPhones sold in mainland China have no eSIM: said before the person answers.
    warning: { when: 'isIphone', text: 'chinaWarning' },
    next: [{ to: 'esimCheck', when: 'needsEsimCheck' }, { to: 'pta' }],
  },
  esimCheck: {
    options: ['eid', 'noEid'],
    help: [{ fact: 'imeiDial' }, { deviceFacts: 'eidPaths' }],
    checker: 'eid',
    next: [{ to: 'pta' }],
  },
  pta: {
    options: ['registered', 'notRegistered', 'visitor', 'notSure'],
    help: [{ fact: 'imeiDial' }, { fact: 'ptaSms' }, { fact: 'ptaWeb' }],
    checker: 'imei',
    next: [{ to: 'carrier' }],
  },
  carrier: {
    options: ['jazz', 'zong', 'telenor', 'ufone', 'onic', 'travel', 'other'],
    // A travel eSIM is offered only to people whose phone takes an eSIM (or has one working already).
    offered: { travel: 'mayHaveEsim' },
    next: [{ to: 'checklist', when: 'troubleshooting' }, { to: 'esimState', when: 'hasEsim' }, { to: 'mobileData' }],
  },
  esimState: {
    options: ['active', 'noSignal', 'notInstalled', 'failed'],
    next: [{ to: 'mobileData', when: 'esimWorking' }, { to: 'checklist' }],
  },
  mobileData: {
    options: ['yes', 'no'],
    next: [{ to: 'dataBalance' }],
  },
  dataBalance: {
    options: ['enough', 'low', 'none', 'notSure'],
    help: [{ carrierStep: 'balance' }],
    next: [{ to: 'hotspotIssue', when: 'phoneOnline' }, { to: 'checklist' }],
  },
  /** Last on the way to set up; first on the way to fix, where it decides which questions follow. */
  hotspotIssue: {
    options: ['notSetUp', 'missing', 'cantJoin', 'noInternet', 'slow', 'dataRunsOut'],
    offered: { notSetUp: 'settingUp' },
    next: [{ to: 'device', when: 'troubleshooting' }, { to: 'checklist' }],
  },
} as const satisfies Record<string, QuestionSpec>;

/**
 * The start page's two ways in, each with its first question: the whole wizard, or the symptom first
 * and then only the questions that symptom needs. No `wayIn` in the answers is the first way.
 */
export const WAYS_IN = { setUp: 'device', fix: 'hotspotIssue' } as const satisfies Record<string, QuestionId>;
export type WayIn = keyof typeof WAYS_IN;

export type QuestionId = keyof typeof QUESTIONS;
export type AnswerOf<Q extends QuestionId> = (typeof QUESTIONS)[Q]['options'][number];
export type Answers = { readonly [Q in QuestionId]?: AnswerOf<Q> } & { readonly wayIn?: WayIn };

const issueIn = (a: Answers, issues: readonly (string | undefined)[]) => issues.includes(a.hotspotIssue);
const hasEsim = (a: Answers) => a.esimSupport === 'yes' || (a.esimSupport === 'notSure' && a.esimCheck === 'eid');

/** Named conditions on the answers; routes, offered options and warnings refer to them by name. */
export const CONDITIONS = {
  isAndroid: (a: Answers) => a.device === 'android',
  isIphone: (a: Answers) => a.device === 'iphone',
  needsEsimCheck: (a: Answers) => a.esimSupport === 'notSure',
  hasEsim,
  mayHaveEsim: (a: Answers) => a.wayIn === 'fix' || hasEsim(a),
  esimWorking: (a: Answers) => a.esimState === 'active',
  phoneOnline: (a: Answers) => a.mobileData === 'yes',
  settingUp: (a: Answers) => a.wayIn !== 'fix',
  troubleshooting: (a: Answers) => a.wayIn === 'fix',
  /** Setting up asks everything; a fix asks for the device that joins when joining, speed or its data use is the trouble. */
  asksConnectDevice: (a: Answers) => a.wayIn !== 'fix' || issueIn(a, ['cantJoin', 'slow', 'dataRunsOut']),
  /** A fix asks for the network when the data line or the bundle may be the cause. */
  asksCarrier: (a: Answers) => a.wayIn !== 'fix' || issueIn(a, ['noInternet', 'slow', 'dataRunsOut']),
} as const satisfies Record<string, (answers: Answers) => boolean>;

export type ConditionName = keyof typeof CONDITIONS;

/** Something a question page shows to help answer it; resolved against the answers by the content. */
export type HelpItem =
  /** A fact (a code, a number, a menu path) by its ID. */
  | { readonly fact: string }
  /** Facts that depend on the phone: where its software shows the EID. */
  | { readonly deviceFacts: 'eidPaths' }
  /** The text and facts of the chosen network's step of this kind. */
  | { readonly carrierStep: 'getEsim' | 'balance' | 'buyBundle' | 'apn' }
  /** What kind of phone the browser says this device is, when it says. */
  | { readonly guess: 'phone' };

/** A checker for a number the question asks the person to look up. */
export type IdentifierKind = 'imei' | 'eid';

interface QuestionSpec {
  readonly options: readonly string[];
  readonly next: readonly { readonly to: string; readonly when?: string }[];
  /** Options shown only while a condition holds. */
  readonly offered?: Readonly<Record<string, string>>;
  /** A warning above the options while a condition holds: `questions.<id>.<text>`. */
  readonly warning?: { readonly when: string; readonly text: string };
  readonly help?: readonly HelpItem[];
  readonly checker?: IdentifierKind;
}

// Compile-time checks that routes, offered options and warnings name real steps and conditions.
type Spec = (typeof QUESTIONS)[QuestionId];
type FieldOf<T, K extends PropertyKey> = T extends Record<K, infer V> ? V : never;
type Holds<T extends true> = T;
export type RoutesLeadToSteps = Holds<Spec['next'][number]['to'] extends QuestionId | 'checklist' ? true : false>;
export type ConditionsExist = Holds<
  | FieldOf<Spec['next'][number], 'when'>
  | FieldOf<Spec, 'warning'>['when']
  | FieldOf<Spec, 'offered'>[keyof FieldOf<Spec, 'offered'>] extends ConditionName
    ? true
    : false
>;
