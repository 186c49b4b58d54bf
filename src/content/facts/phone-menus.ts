import type { FactTable } from '../fact-types';

const CHECKED = '2026-11-25';
const EID_SOURCE = 'https://microesim.com/blogs/microesim-blogs/what-is-an-ein-number';

/** Menu paths on the phones (fact sheet §3.2 and §4). */
export const PHONE_MENU_FACTS = {
  iosEidPath: { kind: 'menu', value: 'Settings > General > About', valueZh: '设置 > 通用 > 关于本机', confidence: 'confirmed', source: EID_SOURCE, verified: CHECKED },
  androidEidPath: { kind: 'menu', value: 'Settings > About phone > SIM status', confidence: 'confirmed', source: EID_SOURCE, verified: CHECKED },
  iosHotspotPath: { kind: 'menu', value: 'Settings > Personal Hotspot > Allow Others to Join', valueZh: '设置 > 个人热点 > 允许其他人加入', confidence: 'confirmed', source: 'https://www.techradar.com/au/how-to/how-to-hotspot-on-an-iphone', verified: CHECKED },
  iosCellularDataPath: { kind: 'menu', value: 'Settings > Cellular > Cellular Data', valueZh: '设置 > 蜂窝网络 > 蜂窝数据', confidence: 'confirmed', source: 'https://support.apple.com/en-is/109317', verified: CHECKED },
  iosApnPath: { kind: 'menu', value: 'Settings > Cellular > Cellular Data Network', valueZh: '设置 > 蜂窝网络 > 蜂窝数据网络', confidence: 'confirmed', source: 'https://grokipedia.com/page/APN_configuration_iOS', verified: CHECKED },
  iosMaxCompatibilityPath: { kind: 'menu', value: 'Settings > Personal Hotspot > Maximize Compatibility', valueZh: '设置 > 个人热点 > 最大化兼容性', confidence: 'confirmed', source: 'https://support.apple.com/fr-ca/guide/platform-support/sup025284ac0/web', verified: CHECKED },
  iosNamePath: { kind: 'menu', value: 'Settings > General > About > Name', valueZh: '设置 > 通用 > 关于本机 > 名称', confidence: 'confirmed', source: 'http://support.apple.com/kb/TS2756', verified: CHECKED },
  samsungHotspotPath: { kind: 'menu', value: 'Settings > Connections > Mobile Hotspot and Tethering > Mobile Hotspot', confidence: 'confirmed', source: 'https://manualarchiveguide.com/manuals/Samsung-SM-A013F-User-Manual-5564781?page=71', verified: CHECKED },
  pixelHotspotPath: { kind: 'menu', value: 'Settings > Network & internet > Hotspot & tethering > Wi-Fi hotspot', confidence: 'confirmed', source: 'https://techpp.com/2022/09/09/use-an-android-phone-as-a-wi-fi-hotspot/', verified: CHECKED },
  xiaomiHotspotPath: { kind: 'menu', value: 'Settings > Connection & sharing > Personal hotspot', confidence: 'confirmed', source: 'https://drfone.wondershare.com/android-xiaomi/how-to-use-xiaomi-phone-as-wi-fi-hotspot-and-manage-connected-devices.html', verified: CHECKED },
  oppoHotspotPath: { kind: 'menu', value: 'Settings > Connection & sharing > Personal Hotspot', confidence: 'unconfirmed', source: 'facts sheet §4.5 (third-party, OnePlus 13; older ColorOS differs)', verified: CHECKED },
  vivoHotspotPath: { kind: 'menu', value: 'Settings > Mobile network > Personal hotspot', confidence: 'unconfirmed', source: 'facts sheet §4.6 (MEMORY: no source found)', verified: CHECKED },
  transsionHotspotPath: { kind: 'menu', value: 'Settings > Network & Internet > Hotspot & tethering', confidence: 'unconfirmed', source: 'facts sheet §4.6 (MEMORY: no source found)', verified: CHECKED },
} as const satisfies FactTable;
