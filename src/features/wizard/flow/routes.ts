import type { PredicateName } from './predicates';
import type { QuestionId } from './questions';

export type Destination = QuestionId | 'checklist';

/** One way out of a question: taken when `when` holds (or always, when it is absent). First match wins. */
export interface Route {
  readonly to: Destination;
  readonly when?: PredicateName;
}

/** The whole routing of the wizard, as data. The last route of each question has no condition. */
export const ROUTES: { readonly [Q in QuestionId]: readonly Route[] } = {
  device: [{ to: 'androidBrand', when: 'isAndroid' }, { to: 'esimSupport' }],
  androidBrand: [{ to: 'esimSupport' }],
  esimSupport: [{ to: 'esimCheck', when: 'needsEsimCheck' }, { to: 'pta' }],
  esimCheck: [{ to: 'pta' }],
  pta: [{ to: 'carrier' }],
  carrier: [{ to: 'esimState', when: 'hasEsim' }, { to: 'mobileData' }],
  esimState: [{ to: 'mobileData', when: 'esimWorking' }, { to: 'checklist' }],
  mobileData: [{ to: 'dataBalance' }],
  dataBalance: [{ to: 'hotspotIssue', when: 'phoneOnline' }, { to: 'checklist' }],
  hotspotIssue: [{ to: 'checklist' }],
};
