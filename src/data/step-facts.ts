import type { FactId } from './facts';
import { CARRIERS } from './carriers';
import type { ChecklistStepId } from './checklist-steps';

/** The codes, numbers and menu paths shown under each checklist step. */
export const STEP_FACTS: Partial<Record<ChecklistStepId, readonly FactId[]>> = {
  ptaNotRegistered: ['ptaRegisterUssd', 'ptaWeb'],
  ptaCheckStatus: ['imeiDial', 'ptaSms', 'ptaWeb'],
  ptaVisitor: ['ptaWeb'],
  esimGetJazz: ['jazzApp', 'jazzHelpline'],
  dataLineIos: ['iosCellularDataPath'],
  apnJazz: ['jazzApn'],
  apnZong: ['zongApn'],
  apnTelenor: ['telenorApn'],
  apnUfone: ['ufoneApn'],
  balanceJazz: CARRIERS.jazz.balanceFacts,
  balanceZong: CARRIERS.zong.balanceFacts,
  balanceTelenor: CARRIERS.telenor.balanceFacts,
  balanceUfone: CARRIERS.ufone.balanceFacts,
  buyBundleJazz: ['jazzApp', 'jazzMakeYourOwn'],
  buyBundleZong: ['zongOffers'],
  buyBundleTelenor: ['telenorApp'],
  zongBalanceSave: ['zongBalanceSave', 'zongHelpline'],
  hotspotOnIos: ['iosHotspotPath'],
  hotspotOnSamsung: ['samsungHotspotPath'],
  hotspotOnXiaomi: ['xiaomiHotspotPath'],
  hotspotOnOppo: ['oppoHotspotPath'],
  hotspotOnVivo: ['vivoHotspotPath'],
  hotspotOnTranssion: ['transsionHotspotPath'],
  hotspotOnPixel: ['pixelHotspotPath'],
  fixMissingIosApn: ['iosApnPath'],
  fixMaximizeCompatibility: ['iosMaxCompatibilityPath'],
  fixNameAsciiIos: ['iosNamePath'],
};
