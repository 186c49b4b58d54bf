import { defineCarrier } from '../carrier-profile';

/** A network the app has no facts for: every step says where to ask. */
export default defineCarrier({
  id: 'other',
  facts: {},
  getEsim: 'esimGetAsk',
  balance: { id: 'balanceOther' },
  buyBundle: 'buyBundleOther',
  apn: 'apnAskCarrier',
  apnForSteps: { note: 'checklist.apnNote.other' },
});
