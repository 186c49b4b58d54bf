import type { FactSource } from './fact-types';
import type { FactId } from './facts';

/** The day the facts below were last checked against their sources, ISO yyyy-mm-dd. */
const CHECKED = '2026-11-25';

/** Where each fact in `facts.ts` comes from: an address, or the fact sheet's section for MEMORY facts. */
export const FACT_SOURCES: Record<FactId, FactSource> = {
  imeiDial: { source: 'https://www.fmworld.pk/the-pta-is-blocking-unregistered-mobile-phones-after-october-20/', verified: CHECKED },
  ptaSms: { source: 'https://www.thenews.com.pk/print/399720-pta-s-system-to-protect-cellphone-users-interest', verified: CHECKED },
  ptaWeb: { source: 'https://www.thenews.com.pk/print/399720-pta-s-system-to-protect-cellphone-users-interest', verified: CHECKED },
  ptaRegisterUssd: { source: 'https://www.urdupoint.com/en/pakistan/pta-announces-7-days-validity-of-mobile-devic-818539.html', verified: CHECKED },
  iosEidPath: { source: 'https://microesim.com/blogs/microesim-blogs/what-is-an-ein-number', verified: CHECKED },
  androidEidPath: { source: 'https://microesim.com/blogs/microesim-blogs/what-is-an-ein-number', verified: CHECKED },
  jazzPostpaidBalance: { source: 'https://jazz.com.pk/postpaid/all-in-one-bundles', verified: CHECKED },
  jazzWhatsApp: { source: 'https://jazz.com.pk/jazz-whatsapp/ur', verified: CHECKED },
  jazzApp: { source: 'https://jazz.com.pk/faqs', verified: CHECKED },
  jazzMakeYourOwn: { source: 'https://egadget.pk/jazz-weekly-make-your-own-bundle-full-detail-subscription-code-and-term-conditions/', verified: CHECKED },
  jazzHelpline: { source: 'facts sheet §1.1 (MEMORY: no source found)', verified: CHECKED },
  jazzApn: { source: 'facts sheet §1.1 (third-party APN tables only)', verified: CHECKED },
  zongDataBalance: { source: 'https://zong.com.pk/ud/internet/monthly-40gb', verified: CHECKED },
  zongOffers: { source: 'https://zong.com.pk/ud/internet/monthly-40gb', verified: CHECKED },
  zongBalanceSave: { source: 'https://grokipedia.com/page/Zong_Balance_Save', verified: CHECKED },
  zongHelpline: { source: 'https://www.zong.com.pk/ud/postpaid/faqs/', verified: CHECKED },
  zongApn: { source: 'facts sheet §1.2 (third-party code only)', verified: CHECKED },
  telenorDataBalance: { source: 'facts sheet §1.3 (old third-party app code, about 2017)', verified: CHECKED },
  telenorApp: { source: 'https://thenews.com.pk/magazine/money-matters/1246920-telenor-pakistan-shares-strategies-on-expanding-internet-access', verified: CHECKED },
  telenorHelpline: { source: 'facts sheet §1.3 (MEMORY: no source found)', verified: CHECKED },
  telenorApn: { source: 'facts sheet §1.3 (third-party APN tables only)', verified: CHECKED },
  ufoneDataBalance: { source: 'facts sheet §1.4 (old third-party app code)', verified: CHECKED },
  ufoneHelpline: { source: 'facts sheet §1.4 (MEMORY: no source found)', verified: CHECKED },
  ufoneApn: { source: 'facts sheet §1.4 (third-party APN tables only)', verified: CHECKED },
  iosHotspotPath: { source: 'https://www.techradar.com/au/how-to/how-to-hotspot-on-an-iphone', verified: CHECKED },
  iosCellularDataPath: { source: 'https://support.apple.com/en-is/109317', verified: CHECKED },
  iosApnPath: { source: 'https://grokipedia.com/page/APN_configuration_iOS', verified: CHECKED },
  iosMaxCompatibilityPath: { source: 'https://support.apple.com/fr-ca/guide/platform-support/sup025284ac0/web', verified: CHECKED },
  iosNamePath: { source: 'http://support.apple.com/kb/TS2756', verified: CHECKED },
  samsungHotspotPath: { source: 'https://manualarchiveguide.com/manuals/Samsung-SM-A013F-User-Manual-5564781?page=71', verified: CHECKED },
  pixelHotspotPath: { source: 'https://techpp.com/2022/09/09/use-an-android-phone-as-a-wi-fi-hotspot/', verified: CHECKED },
  xiaomiHotspotPath: { source: 'https://drfone.wondershare.com/android-xiaomi/how-to-use-xiaomi-phone-as-wi-fi-hotspot-and-manage-connected-devices.html', verified: CHECKED },
  oppoHotspotPath: { source: 'facts sheet §4.5 (third-party, OnePlus 13; older ColorOS differs)', verified: CHECKED },
  vivoHotspotPath: { source: 'facts sheet §4.6 (MEMORY: no source found)', verified: CHECKED },
  transsionHotspotPath: { source: 'facts sheet §4.6 (MEMORY: no source found)', verified: CHECKED },
};
