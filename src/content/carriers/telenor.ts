import { defineCarrier } from '../carrier-profile';
import { SHEET_CHECKED } from '../fact-dates';

/** Telenor (fact sheet §1.3). */
export default defineCarrier({
  id: 'telenor',
  facts: {
    telenorDataBalance: { kind: 'ussd', value: '*999#', confidence: 'unconfirmed', source: 'facts sheet §1.3 (old third-party app code, about 2017)', verified: SHEET_CHECKED },
    telenorApp: { kind: 'app', value: 'My Telenor', confidence: 'confirmed', source: 'https://thenews.com.pk/magazine/money-matters/1246920-telenor-pakistan-shares-strategies-on-expanding-internet-access', verified: SHEET_CHECKED },
    telenorHelpline: { kind: 'phone', value: '345', confidence: 'unconfirmed', source: 'facts sheet §1.3 (MEMORY: no source found)', verified: SHEET_CHECKED },
    telenorApn: { kind: 'apn', value: 'internet', confidence: 'unconfirmed', source: 'facts sheet §1.3 (third-party APN tables only)', verified: SHEET_CHECKED },
  },
  getEsim: 'esimGetAsk',
  balance: { id: 'balanceTelenor', facts: ['telenorDataBalance', 'telenorApp'] },
  buyBundle: { id: 'buyBundleTelenor', facts: ['telenorApp'] },
  apn: { id: 'apnTelenor', text: 'apnCheck', facts: ['telenorApn'] },
  apnForSteps: { facts: ['telenorApn'] },
  helpline: 'telenorHelpline',
  selfServiceApp: 'telenorApp',
});
