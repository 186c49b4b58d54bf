import { SHEET_CHECKED } from '../fact-dates';
import type { FactTable } from '../fact-types';

const PTA_NEWS = 'https://www.thenews.com.pk/print/399720-pta-s-system-to-protect-cellphone-users-interest';

/** PTA device registration and the phone's own numbers (fact sheet §2.1, §3.2). */
export const PTA_FACTS = {
  imeiDial: { kind: 'ussd', value: '*#06#', confidence: 'confirmed', source: 'https://www.fmworld.pk/the-pta-is-blocking-unregistered-mobile-phones-after-october-20/', verified: SHEET_CHECKED },
  ptaSms: { kind: 'sms', value: '8484', confidence: 'confirmed', source: PTA_NEWS, verified: SHEET_CHECKED },
  ptaWeb: { kind: 'web', value: 'dirbs.pta.gov.pk', confidence: 'confirmed', source: PTA_NEWS, verified: SHEET_CHECKED },
  ptaRegisterUssd: { kind: 'ussd', value: '*8484#', confidence: 'confirmed', source: 'https://www.urdupoint.com/en/pakistan/pta-announces-7-days-validity-of-mobile-devic-818539.html', verified: SHEET_CHECKED },
} as const satisfies FactTable;
