import { defineCarrier } from '../carrier-profile';
import { SHEET_CHECKED } from '../fact-dates';

/** Ufone (fact sheet §1.4). */
export default defineCarrier({
  id: 'ufone',
  facts: {
    ufoneDataBalance: { kind: 'ussd', value: '*706#', confidence: 'unconfirmed', source: 'facts sheet §1.4 (old third-party app code)', verified: SHEET_CHECKED },
    ufoneHelpline: { kind: 'phone', value: '333', confidence: 'unconfirmed', source: 'facts sheet §1.4 (MEMORY: no source found)', verified: SHEET_CHECKED },
    ufoneApn: { kind: 'apn', value: 'ufone.internet', confidence: 'unconfirmed', source: 'facts sheet §1.4 (third-party APN tables only)', verified: SHEET_CHECKED },
  },
  getEsim: 'esimGetLocal',
  balance: { id: 'balanceUfone', facts: ['ufoneDataBalance'] },
  buyBundle: 'buyBundleOther',
  apn: { id: 'apnUfone', text: 'apnCheck', facts: ['ufoneApn'] },
  apnForSteps: { facts: ['ufoneApn'] },
  helpline: 'ufoneHelpline',
});
