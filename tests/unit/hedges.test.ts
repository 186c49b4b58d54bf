import { describe, expect, it } from 'vitest';
import { FACTS, STEPS, stepFacts, stepTextKey } from '../../src/content/catalog';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { flattenLocale, loadLocaleFile } from '../support/locale-files';

/**
 * Where the fact sheet says MEMORY, CONFLICT or NOT FOUND, the app says so. These tests list every
 * step that carries such a note and fail when the note goes missing from any language.
 */

/** How each language says "not confirmed", "we could not confirm" or "we found no". */
const HEDGE: Readonly<Record<string, RegExp>> = {
  en: /not confirmed|could not confirm|could not find|found no|no confirmed/i,
  zh: /尚未确认|无法[^。]{0,10}确认|没有找到|经过确认/,
  ur: /تصدیق نہیں|تصدیق شدہ[^۔]*نہیں|نہیں ملا|نہیں ملی/,
};

/** Steps whose own text says what is not confirmed (fact sheet entry in the comment). */
const TEXT_HEDGED = [
  'chinaIphoneNoEsim', // §3.1 CONFLICT: the iPhone Air sold in mainland China
  'ptaVisitor', // open item 6: does temporary registration cover an eSIM line
  'ptaTravelEsim', // §2.2, §2.3: the PTA rules cover Pakistani SIMs; travel eSIMs NOT FOUND
  'esimGetJazz', // open item 7: foreigners' documents confirmed for a SIM card only
  'esimGetLocal', // §1.2, §1.4: Zong and Ufone eSIM, third-party mention only
  'esimGetAsk', // §1.3 NOT FOUND: Telenor eSIM; nothing for other networks
  'esimGetOnic', // §1.0 NOT FOUND: whether Onic offers eSIM
  'travelDataRoaming', // open item 8: Data Roaming confirmed for Holafly's Always On only
  'balanceTelenor', // §1.3: the app is for bundles; the code from old third-party code
  'balanceOnic', // §1.4: no Onic code found
  'balanceTravel', // §6.1, §6.2: whole-plan data (Airalo) and lost data (Holafly) only
  'zongBalanceSave', // §1.2: Balance Save from a third-party source only
  'apnAskCarrier', // §1.5 and open item 5: no confirmed APN
  'hotspotOnVivo', // §4.6 MEMORY: menu path
  'hotspotOnTranssion', // §4.6 MEMORY: menu path
  'hotspotOnHuawei', // third-party guides only; Honor's menu NOT FOUND
  'fixMissingPlan', // §1.5 NOT FOUND: a carrier rule on hotspot
  'fixMissingIosApnZong', // §4.1 MEMORY: the Personal Hotspot APN field (every network's version shares the text)
  'fixMissingAndroidApnZong', // §6.4 third-party: the "dun" APN type
  'safetyDataUse', // §7.4 MEMORY: background updates and sync on a hotspot
  'dataLimitWindows', // §9.1 third-party only: Windows 11's per-network data limit
  'hotspotDataLimitAndroid', // §9.8 third-party only: the hotspot's data limit on Samsung and Xiaomi
  'instantHotspotMac', // §9.2 Apple's own page NOT FOUND: Instant Hotspot
  'joinPhoneTablet', // §9.3 MEMORY: joining by a Wi-Fi QR code
  'joinTv', // §9.3 MEMORY: many TVs see only 2.4 GHz
  'cableIphoneWindows', // §4.1 MEMORY: the Apple Devices app for USB sharing
  'cableWiredMetered', // §9.1 MEMORY: the phone shows as a wired network
  'fixForgetNetwork', // §9.5 MEMORY: forgetting the network clears a wrong saved password
  'mobileDataSuspended', // §9.7 NOT FOUND: an official list of current suspensions
  'fixResetNetwork', // §9.10 MEMORY: what Reset Network Settings erases
  'safetyInFlight', // §8 NOT FOUND and MEMORY: a Pakistani in-flight hotspot rule
] as const;

/** Steps that show at least one unconfirmed fact, which is rendered with its "not confirmed" note. */
const FACT_HEDGED = [
  'esimGetJazz',
  'apnJazz',
  'apnZong',
  'apnTelenor',
  'apnUfone',
  'balanceTelenor',
  'balanceUfone',
  'hotspotOnOppo',
  'hotspotOnVivo',
  'hotspotOnTranssion',
  'hotspotOnHuawei',
  // USB tethering sits beside the hotspot, whose menu path is not confirmed on these phones.
  'usbTetheringOppo',
  'usbTetheringVivo',
  'usbTetheringTranssion',
  'usbTetheringHuawei',
  'joinWindows', // §9.1 MEMORY: the Windows 11 path to a metered connection
  // The APN fixes of the networks whose APN comes from third-party lists (§1.1 to §1.4).
  'fixMissingIosApnJazz',
  'fixMissingIosApnZong',
  'fixMissingIosApnTelenor',
  'fixMissingIosApnUfone',
  'fixMissingAndroidApnJazz',
  'fixMissingAndroidApnZong',
  'fixMissingAndroidApnTelenor',
  'fixMissingAndroidApnUfone',
] as const;

/** Texts outside the steps that carry a "not confirmed" note, and the notes themselves. */
const OTHER_HEDGED_KEYS = [
  'questions.esimSupport.chinaWarning',
  'questions.pta.hint',
  'tools.budget.unconfirmedRates',
  'tools.budget.computerNote', // §7.4 MEMORY: background updates and sync
  'checklist.apnNote.onic',
  'checklist.apnNote.other',
  'checklist.unconfirmed',
  'checklist.unconfirmedMenu',
  'checklist.unconfirmedShort',
] as const;

const locales = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, flattenLocale(loadLocaleFile(code))]));
const text = (language: string, key: string) => locales[language].get(key) ?? '';

describe('hedges', () => {
  it('has a hedge pattern for every language', () => {
    expect(Object.keys(HEDGE).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it('lists only steps that exist', () => {
    for (const step of [...TEXT_HEDGED, ...FACT_HEDGED]) expect(STEPS.has(step), step).toBe(true);
  });

  describe.each(LANGUAGE_CODES)('in %s', (language) => {
    it.each(TEXT_HEDGED)('%s says what is not confirmed', (step) => {
      expect(text(language, `${stepTextKey(step)}.body`)).toMatch(HEDGE[language]);
    });

    it.each(OTHER_HEDGED_KEYS)('%s says what is not confirmed', (key) => {
      expect(text(language, key)).toMatch(HEDGE[language]);
    });
  });

  it.each(FACT_HEDGED)('%s shows an unconfirmed fact, with its note', (step) => {
    const unconfirmed = stepFacts(step).filter((id) => FACTS.get(id)?.confidence === 'unconfirmed');
    expect(unconfirmed.length, step).toBeGreaterThan(0);
  });

  it('lists every step that shows an unconfirmed fact', () => {
    const showing = [...STEPS.keys()].filter((step) => stepFacts(step).some((id) => FACTS.get(id)?.confidence === 'unconfirmed'));
    expect(showing.sort()).toEqual([...FACT_HEDGED].sort());
  });
});
