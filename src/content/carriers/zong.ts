import { defineCarrier } from '../carrier-profile';
import { SHEET_CHECKED } from '../fact-dates';
const BUNDLE_PAGE = 'https://zong.com.pk/ud/internet/monthly-40gb';

/** Zong (fact sheet §1.2). */
export default defineCarrier({
  id: 'zong',
  facts: {
    zongDataBalance: { kind: 'ussd', value: '*102#', confidence: 'confirmed', source: BUNDLE_PAGE, verified: SHEET_CHECKED },
    zongOffers: { kind: 'ussd', value: '*6464#', confidence: 'confirmed', source: BUNDLE_PAGE, verified: SHEET_CHECKED },
    zongBalanceSave: { kind: 'ussd', value: '*4004#', confidence: 'confirmed', source: 'https://grokipedia.com/page/Zong_Balance_Save', verified: SHEET_CHECKED },
    zongNightData: { kind: 'web', value: 'zong.com.pk/ud/internet/monthly-40gb', confidence: 'confirmed', source: BUNDLE_PAGE, verified: SHEET_CHECKED },
    zongHelpline: { kind: 'phone', value: '310', confidence: 'confirmed', source: 'https://www.zong.com.pk/ud/postpaid/faqs/', verified: SHEET_CHECKED },
    zongApn: { kind: 'apn', value: 'zonginternet', confidence: 'unconfirmed', source: 'facts sheet §1.2 (third-party code only)', verified: SHEET_CHECKED },
  },
  getEsim: 'esimGetLocal',
  balance: { id: 'balanceZong', facts: ['zongDataBalance'] },
  buyBundle: { id: 'buyBundleZong', facts: ['zongOffers'] },
  apn: { id: 'apnZong', text: 'apnCheck', facts: ['zongApn'] },
  apnForSteps: { facts: ['zongApn'] },
  // Monthly 40 GB: 20 GB of it counts only from 1 am to 9 am (fact sheet §9.8).
  splitAllowance: { id: 'splitBundleZong', facts: ['zongNightData'] },
  billingTrap: { id: 'zongBalanceSave', facts: ['zongBalanceSave', 'zongHelpline'] },
  helpline: 'zongHelpline',
});
