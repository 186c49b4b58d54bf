import { CARRIERS, type Carrier } from '../../data/carriers';
import { activeAnswers } from '../wizard/flow/path';
import { predicates } from '../wizard/flow/predicates';
import type { Answers } from '../wizard/flow/questions';
import { platformOf, type Platform } from './platform';
import type { ChecklistStepId } from '../../data/checklist-steps';


const HOTSPOT_ON: Record<Platform, ChecklistStepId> = {
  ios: 'hotspotOnIos',
  samsung: 'hotspotOnSamsung',
  xiaomi: 'hotspotOnXiaomi',
  oppo: 'hotspotOnOppo',
  vivo: 'hotspotOnVivo',
  transsion: 'hotspotOnTranssion',
  pixel: 'hotspotOnPixel',
  huawei: 'hotspotOnGeneric',
  androidOther: 'hotspotOnGeneric',
  unknown: 'hotspotOnGeneric',
};


function deviceSteps(a: Answers): ChecklistStepId[] {
  const steps: ChecklistStepId[] = [];
  if (!predicates.hasEsim(a)) {
    steps.push('noEsimUsePhysicalSim');
    if (a.device === 'iphone') steps.push('chinaIphoneNoEsim');
  }
  if (a.pta === 'notRegistered') steps.push('ptaNotRegistered');
  if (a.pta === 'notSure') steps.push('ptaCheckStatus');
  if (a.pta === 'visitor') steps.push('ptaVisitor');
  return steps;
}

function esimSteps(a: Answers, carrier: Carrier): ChecklistStepId[] {
  switch (a.esimState) {
    case 'notInstalled':
      return [CARRIERS[carrier].getEsimStep];
    case 'failed':
      return carrier === 'travel'
        ? ['esimActivationFailed', 'esimCarrierLocked', 'esimTravelInstallOnce']
        : ['esimActivationFailed', 'esimCarrierLocked'];
    case 'noSignal':
      return carrier === 'travel' ? ['esimNoSignal', 'travelDataRoaming'] : ['esimNoSignal'];
    default:
      return [];
  }
}

function dataLineStep(platform: Platform): ChecklistStepId {
  return platform === 'ios' ? 'dataLineIos' : 'dataLineAndroid';
}

/** Steps that get the phone itself online, when it is not. */
function phoneInternetSteps(a: Answers, carrier: Carrier, platform: Platform): ChecklistStepId[] {
  if (a.mobileData !== 'no') return [];
  const steps: ChecklistStepId[] = ['mobileDataOn', dataLineStep(platform)];
  if (carrier === 'travel') steps.push('travelDataRoaming');
  steps.push(CARRIERS[carrier].apnStep, 'fixRestart');
  return steps;
}

function balanceSteps(a: Answers, carrier: Carrier): ChecklistStepId[] {
  const steps: ChecklistStepId[] = [];
  const checkNeeded = a.dataBalance === 'low' || a.dataBalance === 'none' || a.dataBalance === 'notSure';
  if (checkNeeded || a.hotspotIssue === 'noInternet') steps.push(CARRIERS[carrier].balanceStep);
  if (a.dataBalance === 'low' || a.dataBalance === 'none') steps.push(CARRIERS[carrier].buyBundleStep);
  const trap = CARRIERS[carrier].billingTrap;
  if (trap !== 'none' && a.dataBalance !== undefined) steps.push(trap);
  return steps;
}

function setupSteps(platform: Platform): ChecklistStepId[] {
  return [HOTSPOT_ON[platform], 'hotspotNamePassword', 'connectOtherDevice'];
}

function symptomSteps(a: Answers, carrier: Carrier, platform: Platform): ChecklistStepId[] {
  const ios = platform === 'ios';
  switch (a.hotspotIssue) {
    case 'missing':
      return ['fixMissingPlan', 'mobileDataOn', dataLineStep(platform), ...(ios ? (['fixMissingIosApn'] as const) : []), 'fixRestart'];
    case 'cantJoin':
      return [
        ios ? 'fixMaximizeCompatibility' : 'fixBandAndroid',
        ios ? 'fixNameAsciiIos' : 'fixNameAsciiAndroid',
        'fixPasswordRules',
        'fixDeviceLimit',
        'altUsbBluetooth',
      ];
    case 'noInternet':
      return [
        'fixPhoneOwnInternet',
        CARRIERS[carrier].balanceStep,
        dataLineStep(platform),
        ...(carrier === 'travel' ? (['travelDataRoaming'] as const) : []),
        'fixTetheringBlocked',
      ];
    case 'slow':
      return ['fixSignal', 'fixBandSpeed', ios ? 'fixIosIdle' : 'fixAutoOff', 'fixFewerDevices', 'altUsbBluetooth'];
    default:
      return [];
  }
}

const SAFETY: readonly ChecklistStepId[] = ['safetyDataUse', 'safetyConnectedDevices', 'safetyInFlight'];

/**
 * The checklist for a set of answers: ordered step IDs, each at most once. Pure: the same answers
 * always give the same list. Only answers on the current path count.
 */
export function buildChecklist(answers: Answers): ChecklistStepId[] {
  const a = activeAnswers(answers);
  const carrier: Carrier = a.carrier ?? 'other';
  const platform = platformOf(a);
  const ordered = [
    ...deviceSteps(a),
    ...esimSteps(a, carrier),
    ...phoneInternetSteps(a, carrier, platform),
    ...balanceSteps(a, carrier),
    ...setupSteps(platform),
    ...symptomSteps(a, carrier, platform),
    ...SAFETY,
  ];
  return [...new Set(ordered)];
}
