import type { StepSpec } from './fact-types';
import type { PTA_FACTS } from './facts/pta-registration';

type PtaFact = keyof typeof PTA_FACTS;

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
  connectOtherDevice: {},
  fixMissingPlan: {},
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
  altUsbBluetooth: {},
  safetyDataUse: {},
  safetyConnectedDevices: {},
  safetyInFlight: {},
} as const satisfies Record<string, Omit<StepSpec, 'id'> & { readonly facts?: readonly PtaFact[] }>;

export type SharedStepId = keyof typeof SHARED_STEPS;
