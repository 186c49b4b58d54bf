import { defineCarrier } from '../carrier-profile';

/** Onic (fact sheet §1.4): no codes, helpline or APN were found, so its steps say where to ask. */
export default defineCarrier({
  id: 'onic',
  facts: {},
  getEsim: 'esimGetLocal',
  balance: { id: 'balanceOnic' },
  buyBundle: 'buyBundleOther',
  apn: 'apnAskCarrier',
});
