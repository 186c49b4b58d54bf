import type { SharedStepId } from './steps';

/** Whose menus the sharing phone has: an iPhone or iPad, or an Android (or unknown) phone. */
export type PhoneSide = 'ios' | 'android';

/**
 * A step of the sharing phone's own, named where a connecting device needs it: turning the hotspot
 * on, its setting that lets older devices join (2.4 GHz, Maximize Compatibility), USB tethering.
 */
export type PhoneStepToken = 'hotspotOn' | 'joinFix' | 'usbTethering';

export type ConnectStep = SharedStepId | { readonly fromPhone: PhoneStepToken };

/** What the checklist does for one kind of device that joins the hotspot (fact sheet §9, §4.7). */
export interface ConnectingDevice {
  /** It joins by Wi-Fi (a desktop without Wi-Fi joins by cable): the Wi-Fi fixes apply. */
  readonly byWifi: boolean;
  /** A computer, which downloads updates and syncs files in the background. */
  readonly computer: boolean;
  /** It can open an address from a QR code (a phone or tablet): the live check's address comes as one. */
  readonly scansQr: boolean;
  /** How to get it online, for each kind of sharing phone, in order. */
  readonly join: Readonly<Record<PhoneSide, readonly ConnectStep[]>>;
  /** Said only when the bundle is small or its size unknown. */
  readonly whenSmallBundle: readonly SharedStepId[];
  /** What to try when it will not join, or stays slow, for each kind of sharing phone. */
  readonly fallback: Readonly<Record<PhoneSide, readonly ConnectStep[]>>;
}

const hotspotOn = { fromPhone: 'hotspotOn' } as const;
const joinFix = { fromPhone: 'joinFix' } as const;
const usbTethering = { fromPhone: 'usbTethering' } as const;

/** By the connect-device question's options. */
export const CONNECTING_DEVICES = {
  windows: {
    byWifi: true,
    computer: true,
    scansQr: false,
    join: {
      ios: [hotspotOn, 'hotspotNamePassword', 'joinWindows'],
      android: [hotspotOn, 'hotspotNamePassword', 'joinWindows'],
    },
    whenSmallBundle: ['dataLimitWindows'],
    fallback: { ios: ['cableIphoneWindows', 'altBluetooth'], android: [usbTethering, 'altBluetooth'] },
  },
  mac: {
    byWifi: true,
    computer: true,
    scansQr: false,
    join: {
      ios: [hotspotOn, 'hotspotNamePassword', 'instantHotspotMac', 'joinMac', 'lowDataModeMac'],
      android: [hotspotOn, 'hotspotNamePassword', 'joinMac', 'lowDataModeMac'],
    },
    whenSmallBundle: [],
    fallback: { ios: ['cableIphoneMac', 'altBluetooth'], android: ['cableAndroidMac', 'altBluetooth'] },
  },
  chromebook: {
    byWifi: true,
    computer: true,
    scansQr: false,
    join: {
      ios: [hotspotOn, 'hotspotNamePassword', 'joinChromebook'],
      android: [hotspotOn, 'hotspotNamePassword', 'joinChromebook'],
    },
    whenSmallBundle: [],
    fallback: { ios: ['noCableIphoneChromebook', 'altBluetooth'], android: ['altBluetooth'] },
  },
  desktop: {
    byWifi: false,
    computer: true,
    scansQr: false,
    // The cable is the way in: an iPhone shares by cable only with Personal Hotspot on.
    join: {
      ios: [hotspotOn, 'cableIphoneWindows', 'cableWiredMetered'],
      android: [usbTethering, 'cableWiredMetered'],
    },
    whenSmallBundle: [],
    fallback: { ios: [], android: [] },
  },
  phoneTablet: {
    byWifi: true,
    computer: false,
    scansQr: true,
    join: {
      ios: [hotspotOn, 'joinPhoneTablet'],
      android: [hotspotOn, 'joinPhoneTablet'],
    },
    whenSmallBundle: [],
    fallback: { ios: ['altBluetooth'], android: ['altBluetooth'] },
  },
  tv: {
    byWifi: true,
    computer: false,
    scansQr: false,
    // Many TVs see only 2.4 GHz: the phone's setting for older devices comes before joining.
    join: {
      ios: [hotspotOn, 'hotspotNamePassword', joinFix, 'joinTv'],
      android: [hotspotOn, 'hotspotNamePassword', joinFix, 'joinTv'],
    },
    whenSmallBundle: [],
    fallback: { ios: [], android: [] },
  },
} as const satisfies Record<string, ConnectingDevice>;

export type ConnectingDeviceId = keyof typeof CONNECTING_DEVICES;
