/**
 * The questions the wizard can ask, in the order they are usually met, with the answers each accepts.
 * IDs are stable: they name states, locale keys, URL steps and stored answers.
 */
export const QUESTION_OPTIONS = {
  device: ['iphone', 'ipad', 'android', 'other'],
  androidBrand: ['samsung', 'xiaomi', 'oppo', 'vivo', 'transsion', 'pixel', 'huawei', 'other'],
  esimSupport: ['yes', 'no', 'notSure'],
  esimCheck: ['eid', 'noEid'],
  pta: ['registered', 'notRegistered', 'visitor', 'notSure'],
  carrier: ['jazz', 'zong', 'telenor', 'ufone', 'onic', 'travel', 'other'],
  esimState: ['active', 'noSignal', 'notInstalled', 'failed'],
  mobileData: ['yes', 'no'],
  dataBalance: ['enough', 'low', 'none', 'notSure'],
  hotspotIssue: ['notSetUp', 'missing', 'cantJoin', 'noInternet', 'slow'],
} as const;

export type QuestionId = keyof typeof QUESTION_OPTIONS;
export type AnswerOf<Q extends QuestionId> = (typeof QUESTION_OPTIONS)[Q][number];
export type Answers = { [Q in QuestionId]?: AnswerOf<Q> };

export const QUESTION_IDS = Object.keys(QUESTION_OPTIONS) as QuestionId[];
export const FIRST_QUESTION: QuestionId = 'device';

/** Every screen of the journey: the start page, one per question, and the checklist. */
export type StepId = 'start' | QuestionId | 'checklist';
export const STEP_IDS: readonly StepId[] = ['start', ...QUESTION_IDS, 'checklist'];

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.hasOwn(QUESTION_OPTIONS, value);
}

export function isStepId(value: unknown): value is StepId {
  return value === 'start' || value === 'checklist' || isQuestionId(value);
}
