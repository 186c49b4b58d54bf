import { LAST_MILE_CHECKED } from '../fact-dates';
import type { FactTable } from '../fact-types';

/** Menu paths on the device that joins the hotspot (fact sheet §9.1). */
export const COMPUTER_MENU_FACTS = {
  windowsMeteredPath: {
    kind: 'menu',
    value: 'Settings > Network & internet > Wi-Fi > (the hotspot) > Metered connection',
    confidence: 'unconfirmed',
    source: 'facts sheet §9.1 (MEMORY: the Windows 11 path; that metered connections exist is confirmed by https://support.microsoft.com/en-us/windows/metered-connections-in-windows-10-7b33928f-a144-b265-97b6-f2e95a87c408)',
    verified: LAST_MILE_CHECKED,
    zh: {
      value: '设置 > 网络和 Internet > WLAN > （这个热点） > 按流量计费的连接',
      confidence: 'unconfirmed',
      source: 'translated from the English path (MEMORY); no Microsoft page in Chinese found',
      verified: LAST_MILE_CHECKED,
    },
  },
} as const satisfies FactTable;
