import type { Fact } from './fact-types';

/**
 * Codes, numbers, APNs and menu paths the app shows, each traced to the project's fact sheet
 * (docs/facts.md cites the same sources). A fact is `confirmed` only where the sheet labels it
 * CONFIRMED and does not list it as weak; MEMORY, CONFLICT and third-party-code-only facts are
 * `unconfirmed`. Facts the sheet marks NOT FOUND are not here at all.
 */
const CHECKED = '2026-11-25';

export const FACTS = {
  // PTA device registration (fact sheet §2.1)
  imeiDial: { kind: 'ussd', value: '*#06#', source: 'https://www.fmworld.pk/the-pta-is-blocking-unregistered-mobile-phones-after-october-20/', verified: CHECKED, confidence: 'confirmed' },
  ptaSms: { kind: 'sms', value: '8484', source: 'https://www.thenews.com.pk/print/399720-pta-s-system-to-protect-cellphone-users-interest', verified: CHECKED, confidence: 'confirmed' },
  ptaWeb: { kind: 'web', value: 'dirbs.pta.gov.pk', source: 'https://www.thenews.com.pk/print/399720-pta-s-system-to-protect-cellphone-users-interest', verified: CHECKED, confidence: 'confirmed' },
  ptaRegisterUssd: { kind: 'ussd', value: '*8484#', source: 'https://www.urdupoint.com/en/pakistan/pta-announces-7-days-validity-of-mobile-devic-818539.html', verified: CHECKED, confidence: 'confirmed' },

  // Checking for an eSIM (fact sheet §3.2)
  iosEidPath: { kind: 'menu', value: 'Settings > General > About', valueZh: '设置 > 通用 > 关于本机', source: 'https://microesim.com/blogs/microesim-blogs/what-is-an-ein-number', verified: CHECKED, confidence: 'confirmed' },
  androidEidPath: { kind: 'menu', value: 'Settings > About phone > SIM status', source: 'https://microesim.com/blogs/microesim-blogs/what-is-an-ein-number', verified: CHECKED, confidence: 'confirmed' },

  // Jazz (fact sheet §1.1)
  jazzPostpaidBalance: { kind: 'ussd', value: '*2222#', source: 'https://jazz.com.pk/postpaid/all-in-one-bundles', verified: CHECKED, confidence: 'confirmed' },
  jazzWhatsApp: { kind: 'whatsapp', value: '03003008000', source: 'https://jazz.com.pk/jazz-whatsapp/ur', verified: CHECKED, confidence: 'confirmed' },
  jazzApp: { kind: 'app', value: 'Jazz World', source: 'https://jazz.com.pk/faqs', verified: CHECKED, confidence: 'confirmed' },
  jazzMakeYourOwn: { kind: 'ussd', value: '*303#', source: 'https://egadget.pk/jazz-weekly-make-your-own-bundle-full-detail-subscription-code-and-term-conditions/', verified: CHECKED, confidence: 'confirmed' },
  jazzHelpline: { kind: 'phone', value: '111', source: 'facts sheet §1.1 (MEMORY: no source found)', verified: CHECKED, confidence: 'unconfirmed' },
  jazzApn: { kind: 'apn', value: 'jazzconnect.mobilinkworld.com', source: 'facts sheet §1.1 (third-party APN tables only)', verified: CHECKED, confidence: 'unconfirmed' },

  // Zong (fact sheet §1.2)
  zongDataBalance: { kind: 'ussd', value: '*102#', source: 'https://zong.com.pk/ud/internet/monthly-40gb', verified: CHECKED, confidence: 'confirmed' },
  zongOffers: { kind: 'ussd', value: '*6464#', source: 'https://zong.com.pk/ud/internet/monthly-40gb', verified: CHECKED, confidence: 'confirmed' },
  zongBalanceSave: { kind: 'ussd', value: '*4004#', source: 'https://grokipedia.com/page/Zong_Balance_Save', verified: CHECKED, confidence: 'confirmed' },
  zongHelpline: { kind: 'phone', value: '310', source: 'https://www.zong.com.pk/ud/postpaid/faqs/', verified: CHECKED, confidence: 'confirmed' },
  zongApn: { kind: 'apn', value: 'zonginternet', source: 'facts sheet §1.2 (third-party code only)', verified: CHECKED, confidence: 'unconfirmed' },

  // Telenor (fact sheet §1.3)
  telenorDataBalance: { kind: 'ussd', value: '*999#', source: 'facts sheet §1.3 (old third-party app code, about 2017)', verified: CHECKED, confidence: 'unconfirmed' },
  telenorApp: { kind: 'app', value: 'My Telenor', source: 'https://thenews.com.pk/magazine/money-matters/1246920-telenor-pakistan-shares-strategies-on-expanding-internet-access', verified: CHECKED, confidence: 'confirmed' },
  telenorHelpline: { kind: 'phone', value: '345', source: 'facts sheet §1.3 (MEMORY: no source found)', verified: CHECKED, confidence: 'unconfirmed' },
  telenorApn: { kind: 'apn', value: 'internet', source: 'facts sheet §1.3 (third-party APN tables only)', verified: CHECKED, confidence: 'unconfirmed' },

  // Ufone (fact sheet §1.4)
  ufoneDataBalance: { kind: 'ussd', value: '*706#', source: 'facts sheet §1.4 (old third-party app code)', verified: CHECKED, confidence: 'unconfirmed' },
  ufoneHelpline: { kind: 'phone', value: '333', source: 'facts sheet §1.4 (MEMORY: no source found)', verified: CHECKED, confidence: 'unconfirmed' },
  ufoneApn: { kind: 'apn', value: 'ufone.internet', source: 'facts sheet §1.4 (third-party APN tables only)', verified: CHECKED, confidence: 'unconfirmed' },

  // Hotspot menus (fact sheet §4)
  iosHotspotPath: { kind: 'menu', value: 'Settings > Personal Hotspot > Allow Others to Join', valueZh: '设置 > 个人热点 > 允许其他人加入', source: 'https://www.techradar.com/au/how-to/how-to-hotspot-on-an-iphone', verified: CHECKED, confidence: 'confirmed' },
  iosCellularDataPath: { kind: 'menu', value: 'Settings > Cellular > Cellular Data', valueZh: '设置 > 蜂窝网络 > 蜂窝数据', source: 'https://support.apple.com/en-is/109317', verified: CHECKED, confidence: 'confirmed' },
  iosApnPath: { kind: 'menu', value: 'Settings > Cellular > Cellular Data Network', valueZh: '设置 > 蜂窝网络 > 蜂窝数据网络', source: 'https://grokipedia.com/page/APN_configuration_iOS', verified: CHECKED, confidence: 'confirmed' },
  iosMaxCompatibilityPath: { kind: 'menu', value: 'Settings > Personal Hotspot > Maximize Compatibility', valueZh: '设置 > 个人热点 > 最大化兼容性', source: 'https://support.apple.com/fr-ca/guide/platform-support/sup025284ac0/web', verified: CHECKED, confidence: 'confirmed' },
  iosNamePath: { kind: 'menu', value: 'Settings > General > About > Name', valueZh: '设置 > 通用 > 关于本机 > 名称', source: 'http://support.apple.com/kb/TS2756', verified: CHECKED, confidence: 'confirmed' },
  samsungHotspotPath: { kind: 'menu', value: 'Settings > Connections > Mobile Hotspot and Tethering > Mobile Hotspot', source: 'https://manualarchiveguide.com/manuals/Samsung-SM-A013F-User-Manual-5564781?page=71', verified: CHECKED, confidence: 'confirmed' },
  pixelHotspotPath: { kind: 'menu', value: 'Settings > Network & internet > Hotspot & tethering > Wi-Fi hotspot', source: 'https://techpp.com/2022/09/09/use-an-android-phone-as-a-wi-fi-hotspot/', verified: CHECKED, confidence: 'confirmed' },
  xiaomiHotspotPath: { kind: 'menu', value: 'Settings > Connection & sharing > Personal hotspot', source: 'https://drfone.wondershare.com/android-xiaomi/how-to-use-xiaomi-phone-as-wi-fi-hotspot-and-manage-connected-devices.html', verified: CHECKED, confidence: 'confirmed' },
  oppoHotspotPath: { kind: 'menu', value: 'Settings > Connection & sharing > Personal Hotspot', source: 'facts sheet §4.5 (third-party, OnePlus 13; older ColorOS differs)', verified: CHECKED, confidence: 'unconfirmed' },
  vivoHotspotPath: { kind: 'menu', value: 'Settings > Mobile network > Personal hotspot', source: 'facts sheet §4.6 (MEMORY: no source found)', verified: CHECKED, confidence: 'unconfirmed' },
  transsionHotspotPath: { kind: 'menu', value: 'Settings > Network & Internet > Hotspot & tethering', source: 'facts sheet §4.6 (MEMORY: no source found)', verified: CHECKED, confidence: 'unconfirmed' },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof FACTS;
