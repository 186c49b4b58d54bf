import { defineCarrier } from '../carrier-profile';
import { SHEET_CHECKED } from '../fact-dates';

/** Jazz (fact sheet §1.1). */
export default defineCarrier({
  id: 'jazz',
  facts: {
    jazzPostpaidBalance: { kind: 'ussd', value: '*2222#', confidence: 'confirmed', source: 'https://jazz.com.pk/postpaid/all-in-one-bundles', verified: SHEET_CHECKED },
    jazzWhatsApp: { kind: 'whatsapp', value: '03003008000', confidence: 'confirmed', source: 'https://jazz.com.pk/jazz-whatsapp/ur', verified: SHEET_CHECKED },
    jazzApp: { kind: 'app', value: 'Jazz World', confidence: 'confirmed', source: 'https://jazz.com.pk/faqs', verified: SHEET_CHECKED },
    jazzMakeYourOwn: { kind: 'ussd', value: '*303#', confidence: 'confirmed', source: 'https://egadget.pk/jazz-weekly-make-your-own-bundle-full-detail-subscription-code-and-term-conditions/', verified: SHEET_CHECKED },
    jazzBundleTerms: { kind: 'web', value: 'jazz.com.pk/postpaid/all-in-one-bundles', confidence: 'confirmed', source: 'https://jazz.com.pk/postpaid/all-in-one-bundles', verified: SHEET_CHECKED },
    jazzHelpline: { kind: 'phone', value: '111', confidence: 'unconfirmed', source: 'facts sheet §1.1 (MEMORY: no source found)', verified: SHEET_CHECKED },
    jazzApn: { kind: 'apn', value: 'jazzconnect.mobilinkworld.com', confidence: 'unconfirmed', source: 'facts sheet §1.1 (third-party APN tables only)', verified: SHEET_CHECKED },
  },
  getEsim: { id: 'esimGetJazz', facts: ['jazzApp', 'jazzHelpline'] },
  balance: { id: 'balanceJazz', facts: ['jazzWhatsApp', 'jazzApp', 'jazzPostpaidBalance'] },
  buyBundle: { id: 'buyBundleJazz', facts: ['jazzApp', 'jazzMakeYourOwn'] },
  apn: { id: 'apnJazz', text: 'apnCheck', facts: ['jazzApn'] },
  apnForSteps: { facts: ['jazzApn'] },
  // Generic and Social MBs, and WhatsApp-only offers (fact sheet §9.8).
  splitAllowance: { id: 'splitBundleJazz', facts: ['jazzBundleTerms', 'jazzApp'] },
  billingTrap: { id: 'jazzReservation' },
  helpline: 'jazzHelpline',
  whatsApp: 'jazzWhatsApp',
  selfServiceApp: 'jazzApp',
});
