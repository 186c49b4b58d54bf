import { describe, expect, it } from 'vitest';
import { carrierProfile } from '../../src/content/carrier-registry';
import { PHONE_MENU_FACTS } from '../../src/content/facts/phone-menus';
import type { CarrierProfile } from '../../src/content/carrier-profile';
import { stepFacts, stepIdOf } from '../../src/content/catalog';
import { apnStepId } from '../../src/content/network-apn';
import { QUESTIONS, type Answers } from '../../src/journey/flow';
import { buildChecklist } from '../../src/outcome/build-checklist';

/** Platform families: the answers that pick them, the set-up step and its menu-path fact. */
const PLATFORMS: Record<string, { answers: Answers; hotspotStep: string; menuFact: string | null; ios: boolean }> = {
  iphone: { answers: { device: 'iphone' }, hotspotStep: 'hotspotOnIos', menuFact: 'iosHotspotPath', ios: true },
  ipad: { answers: { device: 'ipad' }, hotspotStep: 'hotspotOnIos', menuFact: 'iosHotspotPath', ios: true },
  samsung: { answers: { device: 'android', androidBrand: 'samsung' }, hotspotStep: 'hotspotOnSamsung', menuFact: 'samsungHotspotPath', ios: false },
  pixel: { answers: { device: 'android', androidBrand: 'pixel' }, hotspotStep: 'hotspotOnPixel', menuFact: 'pixelHotspotPath', ios: false },
  xiaomi: { answers: { device: 'android', androidBrand: 'xiaomi' }, hotspotStep: 'hotspotOnXiaomi', menuFact: 'xiaomiHotspotPath', ios: false },
  oppo: { answers: { device: 'android', androidBrand: 'oppo' }, hotspotStep: 'hotspotOnOppo', menuFact: 'oppoHotspotPath', ios: false },
  vivo: { answers: { device: 'android', androidBrand: 'vivo' }, hotspotStep: 'hotspotOnVivo', menuFact: 'vivoHotspotPath', ios: false },
  transsion: { answers: { device: 'android', androidBrand: 'transsion' }, hotspotStep: 'hotspotOnTranssion', menuFact: 'transsionHotspotPath', ios: false },
  huawei: { answers: { device: 'android', androidBrand: 'huawei' }, hotspotStep: 'hotspotOnHuawei', menuFact: 'huaweiHotspotPath', ios: false },
  otherDevice: { answers: { device: 'other' }, hotspotStep: 'hotspotOnGeneric', menuFact: null, ios: false },
};

/** Each symptom's fixes, in the order they must appear, for iOS and for everything else. */
function symptomFixes(symptom: string, ios: boolean, carrier: CarrierProfile): string[] {
  const dataLine = ios ? 'dataLineIos' : 'dataLineAndroid';
  switch (symptom) {
    case 'missing':
      // The APN fix is the network's own version of the phone's step.
      return ['fixMissingPlan', 'mobileDataOn', dataLine, apnStepId(ios ? 'fixMissingIosApn' : 'fixMissingAndroidApn', carrier.id), 'fixRestart'];
    case 'cantJoin':
      return [ios ? 'fixMaximizeCompatibility' : 'fixBandAndroid', ios ? 'fixNameAsciiIos' : 'fixNameAsciiAndroid', 'fixPasswordRules', 'fixDeviceLimit', 'altUsbBluetooth'];
    case 'noInternet':
      return ['fixPhoneOwnInternet', stepIdOf(carrier.balance), dataLine, ...(carrier.roaming ? [stepIdOf(carrier.roaming)] : []), 'fixTetheringBlocked'];
    case 'slow':
      return ['fixSignal', 'fixBandSpeed', ios ? 'fixIosIdle' : 'fixAutoOff', 'fixFewerDevices', 'altUsbBluetooth'];
    default:
      return [];
  }
}

const CARRIER_IDS = QUESTIONS.carrier.options;
const SYMPTOMS = ['notSetUp', 'missing', 'cantJoin', 'noInternet', 'slow'] as const;

/** True when `expected` appears in `list` in the same order (other steps may sit between). */
function inOrder(list: readonly string[], expected: readonly string[]): boolean {
  let at = 0;
  for (const step of list) if (step === expected[at]) at += 1;
  return at === expected.length;
}

const rows = Object.entries(PLATFORMS).flatMap(([platform, spec]) =>
  CARRIER_IDS.flatMap((carrier) => SYMPTOMS.map((symptom) => ({ platform, spec, carrier, symptom }))),
);

describe('content for every network x platform x symptom', () => {
  it('covers 7 networks x 10 platforms x 5 symptoms', () => {
    expect(rows).toHaveLength(7 * 10 * 5);
  });

  it.each(rows.map((row) => [`${row.carrier} / ${row.platform} / ${row.symptom}`, row] as const))('%s', (_name, row) => {
    const answers: Answers = {
      ...row.spec.answers,
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
    const expected = [
      balance,
      stepIdOf(carrier.buyBundle),
      ...trap,
      row.spec.hotspotStep,
      'hotspotNamePassword',
      'connectOtherDevice',
      ...symptomFixes(row.symptom, row.spec.ios, carrier).filter((step) => step !== balance),
      'safetyDataUse',
      'safetyConnectedDevices',
      'safetyInFlight',
    ];
    expect(inOrder(steps, expected), `${steps.join(' > ')}\nexpected in order: ${expected.join(' > ')}`).toBe(true);
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
