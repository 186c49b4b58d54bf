import type { Answers } from './questions';

/**
 * Named conditions on the answers. The machine's guards and the path walk both use these,
 * so routing is decided in exactly one place.
 */
export const predicates = {
  isAndroid: (a: Answers) => a.device === 'android',
  isApple: (a: Answers) => a.device === 'iphone' || a.device === 'ipad',
  needsEsimCheck: (a: Answers) => a.esimSupport === 'notSure',
  hasEsim: (a: Answers) =>
    a.esimSupport === 'yes' || (a.esimSupport === 'notSure' && a.esimCheck === 'eid'),
  esimWorking: (a: Answers) => a.esimState === 'active',
  phoneOnline: (a: Answers) => a.mobileData === 'yes',
} as const satisfies Record<string, (answers: Answers) => boolean>;

export type PredicateName = keyof typeof predicates;
