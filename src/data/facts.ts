import type { Fact } from './fact-types';

/**
 * Codes, numbers, APNs and menu paths the app shows. Each has its provenance (source and the day it
 * was checked) in `fact-sources.ts`, kept apart so the addresses are not shipped to phones; a test
 * fails if any fact lacks one. A fact is `confirmed` only where the project's fact sheet labels it
 * CONFIRMED and does not list it as weak; MEMORY, CONFLICT and third-party-code-only facts are
 * `unconfirmed`. Facts the sheet marks NOT FOUND are not here at all.
 */

export const FACTS = {
  // PTA device registration (fact sheet §2.1)
  imeiDial: { kind: 'ussd', value: '*#06#', confidence: 'confirmed' },
  ptaSms: { kind: 'sms', value: '8484', confidence: 'confirmed' },
  ptaWeb: { kind: 'web', value: 'dirbs.pta.gov.pk', confidence: 'confirmed' },
  ptaRegisterUssd: { kind: 'ussd', value: '*8484#', confidence: 'confirmed' },

  // Checking for an eSIM (fact sheet §3.2)
  iosEidPath: { kind: 'menu', value: 'Settings > General > About', valueZh: '设置 > 通用 > 关于本机', confidence: 'confirmed' },
  androidEidPath: { kind: 'menu', value: 'Settings > About phone > SIM status', confidence: 'confirmed' },

  // Jazz (fact sheet §1.1)
  jazzPostpaidBalance: { kind: 'ussd', value: '*2222#', confidence: 'confirmed' },
  jazzWhatsApp: { kind: 'whatsapp', value: '03003008000', confidence: 'confirmed' },
  jazzApp: { kind: 'app', value: 'Jazz World', confidence: 'confirmed' },
  jazzMakeYourOwn: { kind: 'ussd', value: '*303#', confidence: 'confirmed' },
  jazzHelpline: { kind: 'phone', value: '111', confidence: 'unconfirmed' },
  jazzApn: { kind: 'apn', value: 'jazzconnect.mobilinkworld.com', confidence: 'unconfirmed' },

  // Zong (fact sheet §1.2)
  zongDataBalance: { kind: 'ussd', value: '*102#', confidence: 'confirmed' },
  zongOffers: { kind: 'ussd', value: '*6464#', confidence: 'confirmed' },
  zongBalanceSave: { kind: 'ussd', value: '*4004#', confidence: 'confirmed' },
  zongHelpline: { kind: 'phone', value: '310', confidence: 'confirmed' },
  zongApn: { kind: 'apn', value: 'zonginternet', confidence: 'unconfirmed' },

  // Telenor (fact sheet §1.3)
  telenorDataBalance: { kind: 'ussd', value: '*999#', confidence: 'unconfirmed' },
  telenorApp: { kind: 'app', value: 'My Telenor', confidence: 'confirmed' },
  telenorHelpline: { kind: 'phone', value: '345', confidence: 'unconfirmed' },
  telenorApn: { kind: 'apn', value: 'internet', confidence: 'unconfirmed' },

  // Ufone (fact sheet §1.4)
  ufoneDataBalance: { kind: 'ussd', value: '*706#', confidence: 'unconfirmed' },
  ufoneHelpline: { kind: 'phone', value: '333', confidence: 'unconfirmed' },
  ufoneApn: { kind: 'apn', value: 'ufone.internet', confidence: 'unconfirmed' },

  // Hotspot menus (fact sheet §4)
  iosHotspotPath: { kind: 'menu', value: 'Settings > Personal Hotspot > Allow Others to Join', valueZh: '设置 > 个人热点 > 允许其他人加入', confidence: 'confirmed' },
  iosCellularDataPath: { kind: 'menu', value: 'Settings > Cellular > Cellular Data', valueZh: '设置 > 蜂窝网络 > 蜂窝数据', confidence: 'confirmed' },
  iosApnPath: { kind: 'menu', value: 'Settings > Cellular > Cellular Data Network', valueZh: '设置 > 蜂窝网络 > 蜂窝数据网络', confidence: 'confirmed' },
  iosMaxCompatibilityPath: { kind: 'menu', value: 'Settings > Personal Hotspot > Maximize Compatibility', valueZh: '设置 > 个人热点 > 最大化兼容性', confidence: 'confirmed' },
  iosNamePath: { kind: 'menu', value: 'Settings > General > About > Name', valueZh: '设置 > 通用 > 关于本机 > 名称', confidence: 'confirmed' },
  samsungHotspotPath: { kind: 'menu', value: 'Settings > Connections > Mobile Hotspot and Tethering > Mobile Hotspot', confidence: 'confirmed' },
  pixelHotspotPath: { kind: 'menu', value: 'Settings > Network & internet > Hotspot & tethering > Wi-Fi hotspot', confidence: 'confirmed' },
  xiaomiHotspotPath: { kind: 'menu', value: 'Settings > Connection & sharing > Personal hotspot', confidence: 'confirmed' },
  oppoHotspotPath: { kind: 'menu', value: 'Settings > Connection & sharing > Personal Hotspot', confidence: 'unconfirmed' },
  vivoHotspotPath: { kind: 'menu', value: 'Settings > Mobile network > Personal hotspot', confidence: 'unconfirmed' },
  transsionHotspotPath: { kind: 'menu', value: 'Settings > Network & Internet > Hotspot & tethering', confidence: 'unconfirmed' },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof FACTS;
