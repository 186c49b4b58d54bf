import { describe, expect, it } from 'vitest';
import { carrierProfile } from '../../src/content/carrier-registry';
import { PHONE_MENU_FACTS } from '../../src/content/facts/phone-menus';
import type { CarrierProfile } from '../../src/content/carrier-profile';
import { stepFacts, stepIdOf } from '../../src/content/catalog';
import { apnStepId } from '../../src/content/network-apn';
import { QUESTIONS, type Answers } from '../../src/journey/flow';
import { buildChecklist } from '../../src/outcome/build-checklist';

/** Platform families: the answers that pick them, the set-up step and its menu-path fact. */
interface PlatformRow {
  readonly answers: Answers;
  readonly hotspotStep: string;
  readonly menuFact: string | null;
  readonly ios: boolean;
  /** Sharing by USB cable: the phone's USB tethering step (an iPhone's cable has steps of its own). */
  readonly usbStep: string | null;
}
const PLATFORMS: Record<string, PlatformRow> = {
  iphone: { answers: { device: 'iphone' }, hotspotStep: 'hotspotOnIos', menuFact: 'iosHotspotPath', ios: true, usbStep: null },
  ipad: { answers: { device: 'ipad' }, hotspotStep: 'hotspotOnIos', menuFact: 'iosHotspotPath', ios: true, usbStep: null },
  samsung: { answers: { device: 'android', androidBrand: 'samsung' }, hotspotStep: 'hotspotOnSamsung', menuFact: 'samsungHotspotPath', ios: false, usbStep: 'usbTetheringSamsung' },
  pixel: { answers: { device: 'android', androidBrand: 'pixel' }, hotspotStep: 'hotspotOnPixel', menuFact: 'pixelHotspotPath', ios: false, usbStep: 'usbTetheringPixel' },
  xiaomi: { answers: { device: 'android', androidBrand: 'xiaomi' }, hotspotStep: 'hotspotOnXiaomi', menuFact: 'xiaomiHotspotPath', ios: false, usbStep: 'usbTetheringXiaomi' },
  oppo: { answers: { device: 'android', androidBrand: 'oppo' }, hotspotStep: 'hotspotOnOppo', menuFact: 'oppoHotspotPath', ios: false, usbStep: 'usbTetheringOppo' },
  vivo: { answers: { device: 'android', androidBrand: 'vivo' }, hotspotStep: 'hotspotOnVivo', menuFact: 'vivoHotspotPath', ios: false, usbStep: 'usbTetheringVivo' },
  transsion: { answers: { device: 'android', androidBrand: 'transsion' }, hotspotStep: 'hotspotOnTranssion', menuFact: 'transsionHotspotPath', ios: false, usbStep: 'usbTetheringTranssion' },
  huawei: { answers: { device: 'android', androidBrand: 'huawei' }, hotspotStep: 'hotspotOnHuawei', menuFact: 'huaweiHotspotPath', ios: false, usbStep: 'usbTetheringHuawei' },
  otherDevice: { answers: { device: 'other' }, hotspotStep: 'hotspotOnGeneric', menuFact: null, ios: false, usbStep: 'usbTetheringGeneric' },
};

/**
 * The last mile, written out for each device that connects: how it gets online (with a small
 * bundle, as in every row here) and what to try when it will not join.
 */
function connectSteps(connecting: string, platform: PlatformRow): { join: string[]; fallback: string[] } {
  const { hotspotStep: on, ios } = platform;
  const usb = platform.usbStep ?? '';
  switch (connecting) {
    case 'windows':
      return {
        join: [on, 'hotspotNamePassword', 'joinWindows', 'dataLimitWindows'],
        fallback: [ios ? 'cableIphoneWindows' : usb, 'altBluetooth'],
      };
    case 'mac':
      return {
        join: [on, 'hotspotNamePassword', ...(ios ? ['instantHotspotMac'] : []), 'joinMac', 'lowDataModeMac'],
        fallback: [ios ? 'cableIphoneMac' : 'cableAndroidMac', 'altBluetooth'],
      };
    case 'chromebook':
      return { join: [on, 'hotspotNamePassword', 'joinChromebook'], fallback: [...(ios ? ['noCableIphoneChromebook'] : []), 'altBluetooth'] };
    case 'desktop':
      return { join: ios ? [on, 'cableIphoneWindows', 'cableWiredMetered'] : [usb, 'cableWiredMetered'], fallback: [] };
    case 'phoneTablet':
      return { join: [on, 'joinPhoneTablet'], fallback: ['altBluetooth'] };
    case 'tv':
      return { join: [on, 'hotspotNamePassword', ios ? 'fixMaximizeCompatibility' : 'fixBandAndroid', 'joinTv'], fallback: [] };
    default:
      throw new Error(connecting);
  }
}

/** Each symptom's fixes, in the order they must appear, for iOS and for everything else. */
function symptomFixes(symptom: string, ios: boolean, carrier: CarrierProfile, connecting: string, fallback: string[]): string[] {
  const byCable = connecting === 'desktop';
  const dataLine = ios ? 'dataLineIos' : 'dataLineAndroid';
  switch (symptom) {
    case 'missing':
      // The APN fix is the network's own version of the phone's step.
      return [...(ios ? [] : ['fixDataSaverAndroid']), 'fixMissingPlan', 'mobileDataOn', dataLine, apnStepId(ios ? 'fixMissingIosApn' : 'fixMissingAndroidApn', carrier.id), 'fixRestart', ...LAST_RUNGS];
    case 'cantJoin':
      if (byCable) return ['fixRestart', ...fallback, ...LAST_RUNGS];
      return [
        ios ? 'fixMaximizeCompatibility' : 'fixBandAndroid',
        ios ? 'fixNameAsciiIos' : 'fixNameAsciiAndroid',
        'fixPasswordRules',
        'fixForgetNetwork',
        ...(ios ? [] : ['fixSecurityWpa2Android']),
        'fixDeviceLimit',
        ...fallback,
        ...LAST_RUNGS,
      ];
    case 'noInternet':
      return [
        'fixPhoneOwnInternet',
        'mobileDataSuspended',
        ...(ios ? [] : ['fixVpnAndroid']),
        stepIdOf(carrier.balance),
        dataLine,
        ...(carrier.roaming ? [stepIdOf(carrier.roaming)] : []),
        'fixTetheringBlocked',
        ...LAST_RUNGS,
      ];
    case 'dataRunsOut':
      // The safety notes it names stay last, where every checklist has them.
      return [...(carrier.splitAllowance ? [stepIdOf(carrier.splitAllowance)] : []), stepIdOf(carrier.balance), ...(ios ? [] : ['hotspotDataLimitAndroid'])];
    case 'slow':
      if (byCable) return ['fixSignal', 'fixFewerDevices'];
      return ['fixSignal', 'fixBandSpeed', ios ? 'fixIosIdle' : 'fixAutoOff', 'fixFewerDevices', ...fallback];
    default:
      return [];
  }
}

const CARRIER_IDS = QUESTIONS.carrier.options;
/** Apple's last rungs end every ladder but the slow one's. */
const LAST_RUNGS = ['fixUpdateSoftware', 'fixResetNetwork'];
const SYMPTOMS = ['notSetUp', 'missing', 'cantJoin', 'noInternet', 'slow', 'dataRunsOut'] as const;

/** True when `expected` appears in `list` in the same order (other steps may sit between). */
function inOrder(list: readonly string[], expected: readonly string[]): boolean {
  let at = 0;
  for (const step of list) if (step === expected[at]) at += 1;
  return at === expected.length;
}

const CONNECTING = QUESTIONS.connectDevice.options;

const rows = Object.entries(PLATFORMS).flatMap(([platform, spec]) =>
  CARRIER_IDS.flatMap((carrier) =>
    CONNECTING.flatMap((connecting) => SYMPTOMS.map((symptom) => ({ platform, spec, carrier, connecting, symptom }))),
  ),
);

/** Every step that gets some device online, or is its fallback: a row's must be exactly its own. */
const LAST_MILE_STEPS = new Set(
  Object.values(PLATFORMS).flatMap((platform) =>
    CONNECTING.flatMap((connecting) => {
      const { join, fallback } = connectSteps(connecting, platform);
      return [...join, ...fallback].filter((step) => !step.startsWith('hotspotOn') && !step.startsWith('fix') && step !== 'hotspotNamePassword');
    }),
  ),
);

describe('content for every network x platform x connecting device x symptom', () => {
  it('covers 7 networks x 10 platforms x 6 connecting devices x 6 symptoms', () => {
    expect(rows).toHaveLength(7 * 10 * 6 * 6);
  });

  it.each(rows.map((row) => [`${row.carrier} / ${row.platform} / ${row.connecting} / ${row.symptom}`, row] as const))('%s', (_name, row) => {
    const answers: Answers = {
      ...row.spec.answers,
      connectDevice: row.connecting,
      esimSupport: 'yes',
      pta: 'registered',
      carrier: row.carrier,
      esimState: 'active',
      mobileData: 'yes',
      dataBalance: 'low',
      hotspotIssue: row.symptom,
    };
    const steps = buildChecklist(answers);
    const carrier = carrierProfile(row.carrier);
    const balance = stepIdOf(carrier.balance);
    const trap = carrier.billingTrap === undefined ? [] : [stepIdOf(carrier.billingTrap)];
    const { join, fallback } = connectSteps(row.connecting, row.spec);
    const computer = !['phoneTablet', 'tv'].includes(row.connecting);
    const expected = [
      ...new Set([
        balance,
        stepIdOf(carrier.buyBundle),
        ...trap,
        ...join,
        ...symptomFixes(row.symptom, row.spec.ios, carrier, row.connecting, fallback).filter((step) => step !== balance),
        computer ? 'safetyDataUse' : 'safetyDataUseNoComputer',
        'safetyConnectedDevices',
        'safetyInFlight',
        'checkOnDevice',
      ]),
    ];
    expect(inOrder(steps, expected), `${steps.join(' > ')}\nexpected in order: ${expected.join(' > ')}`).toBe(true);
    // No other device's way in: the last-mile steps are exactly this row's.
    expect(steps.filter((step) => LAST_MILE_STEPS.has(step))).toEqual(expected.filter((step) => LAST_MILE_STEPS.has(step)));
    expect(steps.includes('hotspotNamePassword')).toBe(join.includes('hotspotNamePassword'));
    // The set-up step shows the platform's menu path, and the balance step the network's codes.
    if (row.spec.menuFact) expect(stepFacts(row.spec.hotspotStep)).toContain(row.spec.menuFact);
    if (carrier.helpline !== undefined || carrier.selfServiceApp !== undefined) expect(stepFacts(balance).length).toBeGreaterThan(0);
  });
});

describe('every network has every required field', () => {
  it.each(CARRIER_IDS)('%s', (id) => {
    const profile = carrierProfile(id);
    expect(profile.id).toBe(id);
    for (const field of ['getEsim', 'balance', 'buyBundle', 'apn'] as const) expect(profile[field], field).toBeDefined();
  });
});

describe('Huawei and Honor', () => {
  it('have a hotspot step with a menu path, in Chinese too, marked not confirmed', () => {
    expect(buildChecklist({ ...PLATFORMS.huawei.answers, carrier: 'zong', hotspotIssue: 'notSetUp' })).toContain('hotspotOnHuawei');
    expect(stepFacts('hotspotOnHuawei')).toEqual(['huaweiHotspotPath']);
    expect(PHONE_MENU_FACTS.huaweiHotspotPath).toMatchObject({ value: 'Settings > Mobile network > Personal hotspot', confidence: 'unconfirmed' });
    expect(PHONE_MENU_FACTS.huaweiHotspotPath.zh).toMatchObject({ value: '设置 > 移动网络 > 个人热点', confidence: 'unconfirmed' });
  });
});
