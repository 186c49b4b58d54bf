import type { FactId } from './facts';
import { BALANCE_FACTS } from './carrier-balance';
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
  balanceJazz: BALANCE_FACTS.jazz,
  balanceZong: BALANCE_FACTS.zong,
  balanceTelenor: BALANCE_FACTS.telenor,
  balanceUfone: BALANCE_FACTS.ufone,
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
