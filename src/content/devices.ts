import type { StepSpec } from './fact-types';
import { PHONE_MENU_FACTS } from './facts/phone-menus';

type MenuFact = keyof typeof PHONE_MENU_FACTS;
type DeviceStep = StepSpec & { readonly facts?: readonly MenuFact[] } | string;

/**
 * Steps that differ between iPhone/iPad software and everything else. A step that asks for the APN
 * (`asksApn`) is shown once per network, with that network's APN (`network-apn.ts`).
 */
export interface DeviceFamily {
  /** Letting the phone's own line carry data. */
  readonly dataLine: DeviceStep;
  /** The hotspot's setting that lets older laptops join. */
  readonly joinFix: DeviceStep;
  /** A hotspot name other devices can show. */
  readonly nameFix: DeviceStep;
  /** What turns the hotspot off when nobody uses it. */
  readonly idleFix: DeviceStep;
  /** Said when the hotspot option is missing, after the data line (it may ask for the APN). */
  readonly missingFix?: DeviceStep;
  /** Said first when the hotspot option is missing: a setting of the phone's that turns it off. */
  readonly missingFirst?: DeviceStep;
  /** The hotspot's security type, for older laptops that cannot join. */
  readonly securityFix?: DeviceStep;
  /** A VPN on the phone, when devices join but get no internet. */
  readonly vpnFix?: DeviceStep;
  /** A data limit in the hotspot's own settings, when data runs out fast. */
  readonly dataLimitFix?: DeviceStep;
  /** Where the phone shows its EID: help on the eSIM check (`deviceFacts: 'eidPaths'`). */
  readonly eidPaths: readonly MenuFact[];
}

const android: DeviceFamily = {
  dataLine: 'dataLineAndroid',
  joinFix: 'fixBandAndroid',
  nameFix: 'fixNameAsciiAndroid',
  idleFix: 'fixAutoOff',
  // Tethering may need a "dun" APN type (fact sheet §6.4, third-party): shown with the network's APN.
  missingFix: { id: 'fixMissingAndroidApn', asksApn: true },
  // Data Saver turns tethering off (fact sheet §9.4); WPA3 keeps some laptops out (§9.5); a VPN (§9.6).
  missingFirst: 'fixDataSaverAndroid',
  securityFix: 'fixSecurityWpa2Android',
  vpnFix: 'fixVpnAndroid',
  // Samsung's and Xiaomi's hotspot settings have a data limit (fact sheet §9.8, third-party).
  dataLimitFix: 'hotspotDataLimitAndroid',
  eidPaths: ['androidEidPath'],
};

export const DEVICE_FAMILIES = {
  ios: {
    dataLine: { id: 'dataLineIos', facts: ['iosCellularDataPath'] },
    joinFix: { id: 'fixMaximizeCompatibility', facts: ['iosMaxCompatibilityPath'] },
    nameFix: { id: 'fixNameAsciiIos', facts: ['iosNamePath'] },
    idleFix: 'fixIosIdle',
    missingFix: { id: 'fixMissingIosApn', facts: ['iosApnPath'], asksApn: true },
    eidPaths: ['iosEidPath'],
  },
  android,
  // A phone the person could not name: the Android steps, and both places an EID may be.
  unknown: { ...android, eidPaths: ['iosEidPath', 'androidEidPath'] },
} as const satisfies Record<string, DeviceFamily>;

type DeviceFamilyId = keyof typeof DEVICE_FAMILIES;

/** A phone software family whose menus a person will follow, and how its hotspot is turned on. */
export interface Platform {
  readonly family: DeviceFamilyId;
  readonly hotspotOn: DeviceStep;
  /** Sharing by USB cable with a computer: Android's USB tethering, in the hotspot's settings. */
  readonly usbTethering?: DeviceStep;
}

/** USB tethering on an Android phone whose hotspot menu we know: that menu under the shared text. */
const usbTetheringIn = (id: string, fact: MenuFact): DeviceStep => ({ id, text: 'usbTetheringAndroid', facts: [fact] });

const generic = 'hotspotOnGeneric';

export const PLATFORMS = {
  ios: { family: 'ios', hotspotOn: { id: 'hotspotOnIos', facts: ['iosHotspotPath'] } },
  samsung: {
    family: 'android',
    hotspotOn: { id: 'hotspotOnSamsung', facts: ['samsungHotspotPath'] },
    usbTethering: usbTetheringIn('usbTetheringSamsung', 'samsungHotspotPath'),
  },
  xiaomi: {
    family: 'android',
    hotspotOn: { id: 'hotspotOnXiaomi', facts: ['xiaomiHotspotPath'] },
    usbTethering: usbTetheringIn('usbTetheringXiaomi', 'xiaomiHotspotPath'),
  },
  oppo: {
    family: 'android',
    hotspotOn: { id: 'hotspotOnOppo', facts: ['oppoHotspotPath'] },
    usbTethering: usbTetheringIn('usbTetheringOppo', 'oppoHotspotPath'),
  },
  vivo: {
    family: 'android',
    hotspotOn: { id: 'hotspotOnVivo', text: 'hotspotOnUnconfirmed', facts: ['vivoHotspotPath'] },
    usbTethering: usbTetheringIn('usbTetheringVivo', 'vivoHotspotPath'),
  },
  transsion: {
    family: 'android',
    hotspotOn: { id: 'hotspotOnTranssion', text: 'hotspotOnUnconfirmed', facts: ['transsionHotspotPath'] },
    usbTethering: usbTetheringIn('usbTetheringTranssion', 'transsionHotspotPath'),
  },
  pixel: {
    family: 'android',
    hotspotOn: { id: 'hotspotOnPixel', facts: ['pixelHotspotPath'] },
    usbTethering: usbTetheringIn('usbTetheringPixel', 'pixelHotspotPath'),
  },
  huawei: {
    family: 'android',
    hotspotOn: { id: 'hotspotOnHuawei', facts: ['huaweiHotspotPath'] },
    usbTethering: usbTetheringIn('usbTetheringHuawei', 'huaweiHotspotPath'),
  },
  androidOther: { family: 'android', hotspotOn: generic, usbTethering: 'usbTetheringGeneric' },
  unknown: { family: 'unknown', hotspotOn: generic, usbTethering: 'usbTetheringGeneric' },
} as const satisfies Record<string, Platform>;


