import type { StepSpec } from './fact-types';
import type { COMPUTER_MENU_FACTS } from './facts/computer-menus';
import type { PTA_FACTS } from './facts/pta-registration';

type SharedFact = keyof typeof PTA_FACTS | keyof typeof COMPUTER_MENU_FACTS;

/**
 * Steps that do not belong to one network or one phone: their IDs are what the checklist builder
 * names. A network's own steps are in its module under `carriers/`, a phone's in `devices.ts`.
 */
export const SHARED_STEPS = {
  noEsimUsePhysicalSim: {},
  chinaIphoneNoEsim: {},
  ptaNotRegistered: { facts: ['ptaRegisterUssd', 'ptaWeb'] },
  ptaCheckStatus: { facts: ['imeiDial', 'ptaSms', 'ptaWeb'] },
  ptaVisitor: { facts: ['ptaWeb'] },
  esimGetLocal: {},
  esimGetAsk: {},
  esimActivationFailed: {},
  esimCarrierLocked: {},
  esimNoSignal: {},
  mobileDataOn: {},
  dataLineAndroid: {},
  apnAskCarrier: {},
  buyBundleOther: {},
  hotspotOnGeneric: {},
  hotspotNamePassword: {},
  joinWindows: { facts: ['windowsMeteredPath'] },
  dataLimitWindows: {},
  joinMac: {},
  instantHotspotMac: {},
  lowDataModeMac: {},
  joinChromebook: {},
  joinPhoneTablet: {},
  joinTv: {},
  cableIphoneWindows: {},
  cableIphoneMac: {},
  cableAndroidMac: {},
  cableWiredMetered: {},
  usbTetheringGeneric: { text: 'usbTetheringAndroid' },
  noCableIphoneChromebook: {},
  altBluetooth: {},
  fixDataSaverAndroid: {},
  fixMissingPlan: {},
  mobileDataSuspended: {},
  fixForgetNetwork: {},
  fixSecurityWpa2Android: {},
  fixVpnAndroid: {},
  hotspotDataLimitAndroid: {},
  fixRestart: {},
  fixBandAndroid: {},
  fixNameAsciiAndroid: {},
  fixPasswordRules: {},
  fixDeviceLimit: {},
  fixPhoneOwnInternet: {},
  fixTetheringBlocked: {},
  fixSignal: {},
  fixBandSpeed: {},
  fixAutoOff: {},
  fixIosIdle: {},
  fixFewerDevices: {},
  // Apple's ladder (fact sheet §9.10): the last rungs, after every other fix.
  fixUpdateSoftware: {},
  fixResetNetwork: {},
  safetyDataUse: {},
  safetyDataUseNoComputer: {},
  safetyConnectedDevices: {},
  safetyInFlight: {},
  checkOnDevice: {},
} as const satisfies Record<string, Omit<StepSpec, 'id'> & { readonly facts?: readonly SharedFact[] }>;

export type SharedStepId = keyof typeof SHARED_STEPS;
