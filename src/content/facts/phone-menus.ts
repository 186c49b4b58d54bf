import { PROJECT_READ, SHEET_CHECKED } from '../fact-dates';
import type { ChineseLabel, FactTable } from '../fact-types';

const EID_SOURCE = 'https://microesim.com/blogs/microesim-blogs/what-is-an-ein-number';

/** Google's own Settings app strings in Simplified Chinese (AOSP): 热点和网络共享, 关于手机. */
const AOSP_ZH = 'https://github.com/aosp-mirror/platform_packages_apps_settings/blob/433e99022e627872dd060b50e90dcca7a3b1d80b/res/values-zh-rCN/strings.xml';
/** Samsung's Settings app strings in Simplified Chinese, decompiled and published by a third party. */
const SAMSUNG_ZH = 'https://github.com/488315/android_samsung_packages_apps_settings/blob/ee9298bb757ca3b986997c3f0d8088ecb457989d/res/values-zh-rCN/strings.xml';

/** A Chinese label no source confirms: translated from the English path, or seen only in third-party text. */
const unconfirmedZh = (value: string, source: string): ChineseLabel => ({ value, confidence: 'unconfirmed', source, verified: PROJECT_READ });

/** The iPhone's Chinese labels: no Apple page in Chinese was found (the fact sheet gives English only). */
const IOS_ZH = 'no Chinese Apple page found; labels as commonly shown on iPhones set to Simplified Chinese';

/** Menu paths on the phones (fact sheet §3.2 and §4); each Android path also in Simplified Chinese. */
export const PHONE_MENU_FACTS = {
  iosEidPath: {
    kind: 'menu', value: 'Settings > General > About', confidence: 'confirmed', source: EID_SOURCE, verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 通用 > 关于本机', IOS_ZH),
  },
  androidEidPath: {
    kind: 'menu', value: 'Settings > About phone > SIM status', confidence: 'confirmed', source: EID_SOURCE, verified: SHEET_CHECKED,
    // 关于手机 from AOSP; SIM 卡状态 seen only in Samsung's strings.
    zh: unconfirmedZh('设置 > 关于手机 > SIM 卡状态', `${AOSP_ZH} ; ${SAMSUNG_ZH}`),
  },
  iosHotspotPath: {
    kind: 'menu', value: 'Settings > Personal Hotspot > Allow Others to Join', confidence: 'confirmed', source: 'https://www.techradar.com/au/how-to/how-to-hotspot-on-an-iphone', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 个人热点 > 允许其他人加入', 'https://ip522.com/n/104320.html (third-party: 个人热点, 允许其他人加入)'),
  },
  iosCellularDataPath: {
    kind: 'menu', value: 'Settings > Cellular > Cellular Data', confidence: 'confirmed', source: 'https://support.apple.com/en-is/109317', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 蜂窝网络 > 蜂窝数据', IOS_ZH),
  },
  iosApnPath: {
    kind: 'menu', value: 'Settings > Cellular > Cellular Data Network', confidence: 'confirmed', source: 'https://grokipedia.com/page/APN_configuration_iOS', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 蜂窝网络 > 蜂窝数据网络', IOS_ZH),
  },
  iosMaxCompatibilityPath: {
    kind: 'menu', value: 'Settings > Personal Hotspot > Maximize Compatibility', confidence: 'confirmed', source: 'https://support.apple.com/fr-ca/guide/platform-support/sup025284ac0/web', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 个人热点 > 最大化兼容性', IOS_ZH),
  },
  iosNamePath: {
    kind: 'menu', value: 'Settings > General > About > Name', confidence: 'confirmed', source: 'http://support.apple.com/kb/TS2756', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 通用 > 关于本机 > 名称', IOS_ZH),
  },
  samsungHotspotPath: {
    kind: 'menu', value: 'Settings > Connections > Mobile Hotspot and Tethering > Mobile Hotspot', confidence: 'confirmed', source: 'https://manualarchiveguide.com/manuals/Samsung-SM-A013F-User-Manual-5564781?page=71', verified: SHEET_CHECKED,
    // Samsung's own labels (连接, 移动热点和网络共享, 移动热点), but from a third party's copy of its app.
    zh: unconfirmedZh('设置 > 连接 > 移动热点和网络共享 > 移动热点', SAMSUNG_ZH),
  },
  pixelHotspotPath: {
    kind: 'menu', value: 'Settings > Network & internet > Hotspot & tethering > Wi-Fi hotspot', confidence: 'confirmed', source: 'https://techpp.com/2022/09/09/use-an-android-phone-as-a-wi-fi-hotspot/', verified: SHEET_CHECKED,
    // 热点和网络共享 from AOSP; 网络和互联网 and WLAN 热点 seen only in third-party code.
    zh: unconfirmedZh('设置 > 网络和互联网 > 热点和网络共享 > WLAN 热点', AOSP_ZH),
  },
  xiaomiHotspotPath: {
    kind: 'menu', value: 'Settings > Connection & sharing > Personal hotspot', confidence: 'confirmed', source: 'https://drfone.wondershare.com/android-xiaomi/how-to-use-xiaomi-phone-as-wi-fi-hotspot-and-manage-connected-devices.html', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 连接与共享 > 个人热点', 'no Xiaomi page found; label seen only in third-party code and guides'),
  },
  oppoHotspotPath: {
    kind: 'menu', value: 'Settings > Connection & sharing > Personal Hotspot', confidence: 'unconfirmed', source: 'facts sheet §4.5 (third-party, OnePlus 13; older ColorOS differs)', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 连接与共享 > 个人热点', 'no OPPO page found; label seen only in third-party code'),
  },
  vivoHotspotPath: {
    kind: 'menu', value: 'Settings > Mobile network > Personal hotspot', confidence: 'unconfirmed', source: 'facts sheet §4.6 (MEMORY: no source found)', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 移动网络 > 个人热点', 'translated from the English path (MEMORY); no vivo page found'),
  },
  transsionHotspotPath: {
    kind: 'menu', value: 'Settings > Network & Internet > Hotspot & tethering', confidence: 'unconfirmed', source: 'facts sheet §4.6 (MEMORY: no source found)', verified: SHEET_CHECKED,
    zh: unconfirmedZh('设置 > 网络和互联网 > 热点和网络共享', `translated from the English path (MEMORY), with AOSP's labels: ${AOSP_ZH}`),
  },
  huaweiHotspotPath: {
    kind: 'menu', value: 'Settings > Mobile network > Personal hotspot', confidence: 'unconfirmed', source: 'https://uanyun.com/hua-wei/1766683385.html (third-party, EMUI 12 and later; no Huawei page found)', verified: PROJECT_READ,
    zh: unconfirmedZh('设置 > 移动网络 > 个人热点', 'https://uanyun.com/hua-wei/1766683385.html (third-party); HarmonyOS NEXT settings captured by third-party test scripts agree'),
  },
} as const satisfies FactTable;
