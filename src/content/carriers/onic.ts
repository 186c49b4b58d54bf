import { defineCarrier } from '../carrier-profile';

/**
 * Onic (fact sheet §1.0, §1.4): a digital brand of PTML; whether it offers eSIM, and any code,
 * helpline or APN, were not found, so its steps say where to ask.
 */
export default defineCarrier({
  id: 'onic',
  facts: {},
  getEsim: { id: 'esimGetOnic' },
  balance: { id: 'balanceOnic' },
  buyBundle: 'buyBundleOther',
  apn: 'apnAskCarrier',
  // The fact sheet lists no APN for Onic (NOT FOUND): the steps that ask for one say so.
  apnForSteps: { note: 'checklist.apnNote.onic' },
});
