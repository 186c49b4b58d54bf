import type { CarrierProfile, StepRef } from '../content/carrier-profile';
import { stepIdOf } from '../content/catalog';
import type { ConnectingDevice, ConnectStep, PhoneSide } from '../content/connecting-devices';
import type { DeviceFamily, Platform } from '../content/devices';
import { withNetworkApn } from '../content/network-apn';
import type { SharedStepId } from '../content/steps';
import { CONDITIONS, type Answers } from '../journey/flow';
import { journeyPath } from '../journey/path';
import { carrierOf, connectingDeviceOf, deviceFamilyOf, phoneSideOf, platformOf } from './answers-view';

/** A checklist step: a shared step by name, or a step the network or the phone brings. */
type Step = SharedStepId | StepRef | undefined;

interface Context {
  readonly a: Answers;
  readonly network: CarrierProfile;
  readonly platform: Platform;
  readonly family: DeviceFamily;
  readonly connecting: ConnectingDevice;
  readonly side: PhoneSide;
}

/** The PTA steps; a network whose lines the PTA rules may not cover says so with its own step. */
function deviceSteps({ a, network }: Context): Step[] {
  const steps: Step[] = [];
  if (!CONDITIONS.hasEsim(a)) steps.push('noEsimUsePhysicalSim', CONDITIONS.isIphone(a) ? 'chinaIphoneNoEsim' : undefined);
  if (a.pta === 'notRegistered') steps.push(network.ptaRule ?? 'ptaNotRegistered');
  if (a.pta === 'notSure') steps.push('ptaCheckStatus', network.ptaRule);
  if (a.pta === 'visitor') steps.push('ptaVisitor', network.ptaRule);
  return steps;
}

function esimSteps({ a, network }: Context): Step[] {
  switch (a.esimState) {
    case 'notInstalled':
      return [network.getEsim];
    case 'failed':
      return ['esimActivationFailed', 'esimCarrierLocked', network.afterFailedActivation];
    case 'noSignal':
      return ['esimNoSignal', network.roaming];
    default:
      return [];
  }
}

/** Steps that get the phone itself online, when it is not. */
function phoneInternetSteps({ a, network, family }: Context): Step[] {
  if (a.mobileData !== 'no') return [];
  // A suspension in the area comes before any change to the APN.
  return ['mobileDataOn', 'mobileDataSuspended', family.dataLine, network.roaming, network.apn, 'fixRestart'];
}

function balanceSteps({ a, network }: Context): Step[] {
  const short = a.dataBalance === 'low' || a.dataBalance === 'none';
  const checkNeeded = short || a.dataBalance === 'notSure' || a.hotspotIssue === 'noInternet';
  return [
    checkNeeded ? network.balance : undefined,
    short ? network.buyBundle : undefined,
    a.dataBalance !== undefined ? network.billingTrap : undefined,
  ];
}

/** A phone's step as this network's checklist shows it: one that asks for the APN shows the network's. */
function forNetwork(step: StepRef | undefined, network: CarrierProfile): Step {
  return step !== undefined && typeof step !== 'string' && step.asksApn ? withNetworkApn(step, network) : step;
}

/** A connecting device's step: a shared one, or the sharing phone's own. */
function resolve(step: ConnectStep, { platform, family }: Context): Step {
  if (typeof step === 'string') return step;
  switch (step.fromPhone) {
    case 'hotspotOn':
      return platform.hotspotOn;
    case 'joinFix':
      return family.joinFix;
    case 'usbTethering':
      return platform.usbTethering;
  }
}

/** Turning the hotspot (or the cable) on and getting the connecting device online. */
function connectSteps(context: Context): Step[] {
  const { a, connecting, side } = context;
  const smallBundle = a.dataBalance !== undefined && a.dataBalance !== 'enough';
  return [...connecting.join[side], ...(smallBundle ? connecting.whenSmallBundle : [])].map((step) => resolve(step, context));
}

function fallbackSteps(context: Context): Step[] {
  return context.connecting.fallback[context.side].map((step) => resolve(step, context));
}

/** Apple's last rungs, after every other fix (fact sheet §9.10). */
const LAST_RUNGS: readonly SharedStepId[] = ['fixUpdateSoftware', 'fixResetNetwork'];

function symptomSteps(context: Context): Step[] {
  const { a, network, family, connecting } = context;
  switch (a.hotspotIssue) {
    case 'missing':
      return [family.missingFirst, 'fixMissingPlan', 'mobileDataOn', family.dataLine, forNetwork(family.missingFix, network), 'fixRestart', ...LAST_RUNGS];
    case 'cantJoin':
      // By cable there is no network to see or password to type: restart, then the other route.
      return connecting.byWifi
        ? [family.joinFix, family.nameFix, 'fixPasswordRules', 'fixForgetNetwork', family.securityFix, 'fixDeviceLimit', ...fallbackSteps(context), ...LAST_RUNGS]
        : ['fixRestart', ...fallbackSteps(context), ...LAST_RUNGS];
    case 'noInternet':
      return ['fixPhoneOwnInternet', 'mobileDataSuspended', family.vpnFix, network.balance, family.dataLine, network.roaming, 'fixTetheringBlocked', ...LAST_RUNGS];
    case 'dataRunsOut':
      // What the bundle counts and what is left first; then what uses it, then a limit to stop it.
      return [network.splitAllowance, network.balance, ...dataUseSteps(context), ...connecting.whenSmallBundle, family.dataLimitFix, 'safetyConnectedDevices'];
    case 'slow':
      return connecting.byWifi
        ? ['fixSignal', 'fixBandSpeed', family.idleFix, 'fixFewerDevices', ...fallbackSteps(context)]
        : ['fixSignal', 'fixFewerDevices'];
    default:
      return [];
  }
}

/** A computer's background updates and sync are part of watching the data; a TV's or a phone's are not. */
function dataUseSteps({ connecting }: Context): SharedStepId[] {
  return [connecting.computer ? 'safetyDataUse' : 'safetyDataUseNoComputer'];
}

function safetySteps(context: Context): SharedStepId[] {
  return [...dataUseSteps(context), 'safetyConnectedDevices', 'safetyInFlight'];
}

function contextOf(answers: Answers): Context {
  const a = journeyPath(answers).active;
  return {
    a,
    network: carrierOf(a),
    platform: platformOf(a),
    family: deviceFamilyOf(a),
    connecting: connectingDeviceOf(a),
    side: phoneSideOf(a),
  };
}

const idsOf = (steps: readonly Step[]): string[] => [...new Set(steps.flatMap((step) => (step === undefined ? [] : [stepIdOf(step)])))];

/**
 * The fixes for the symptom, in the order to try them (the likeliest and cheapest first, a reset
 * last): the ladder the second way in walks one fix at a time. Empty when nothing is wrong yet.
 */
export function buildLadder(answers: Answers): string[] {
  return idsOf(symptomSteps(contextOf(answers)));
}

/** What keeps the hotspot working once it does (data use, who is connected, the live check), less what the ladder had. */
export function keepWorkingSteps(answers: Answers): string[] {
  const ladder = buildLadder(answers);
  return idsOf([...safetySteps(contextOf(answers)), 'checkOnDevice']).filter((step) => !ladder.includes(step));
}

/**
 * The checklist for a set of answers: ordered step IDs, each at most once. Pure: the same answers
 * always give the same list. Only answers on the current path count; the network's and the phone's
 * own steps come from their profiles, so nothing here names a network or a brand. On the way in
 * that starts from the symptom, it is the ladder of fixes, then how to keep it working.
 */
export function buildChecklist(answers: Answers): string[] {
  const context = contextOf(answers);
  if (CONDITIONS.troubleshooting(context.a)) return [...buildLadder(answers), ...keepWorkingSteps(answers)];
  const safety: readonly Step[] = safetySteps(context);
  const ordered = [
    ...deviceSteps(context),
    ...esimSteps(context),
    ...phoneInternetSteps(context),
    ...balanceSteps(context),
    ...connectSteps(context),
    // The safety notes stay last, even where the symptom's fixes name them too.
    ...symptomSteps(context).filter((step) => !safety.includes(step)),
    ...safety,
    // Last: the live check, opened on the device that joined.
    'checkOnDevice',
  ];
  return idsOf(ordered);
}
