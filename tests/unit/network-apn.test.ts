import { describe, expect, it } from 'vitest';
import { FACTS, STEPS, stepFacts, stepNotes, stepTextKey } from '../../src/content/catalog';
import { carrierProfile } from '../../src/content/carrier-registry';
import { shownFact } from '../../src/content/fact-value';
import { QUESTIONS, type Answers } from '../../src/journey/flow';
import { buildChecklist } from '../../src/outcome/build-checklist';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { hotspotMissing as missing } from '../support/hotspot-missing';
import { flattenLocale, loadLocaleFile } from '../support/locale-files';

const locales = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, flattenLocale(loadLocaleFile(code))]));

const IPHONE: Answers = { device: 'iphone', connectDevice: 'windows' };
const SAMSUNG: Answers = { device: 'android', androidBrand: 'samsung', connectDevice: 'windows' };

/** The network's APN fact, as the fact sheet lists it (§1.1 to §1.4, summary item 9). */
const APNS = { jazz: 'jazzApn', zong: 'zongApn', telenor: 'telenorApn', ufone: 'ufoneApn' } as const;

describe('the APN in the steps that ask for it', () => {
  it.each(Object.entries(APNS) as [keyof typeof APNS, string][])('%s: its APN is in the iPhone greyed-out fix, with its note', (carrier, apn) => {
    const steps = buildChecklist(missing(carrier, IPHONE));
    const fix = steps.find((step) => stepTextKey(step) === 'steps.fixMissingIosApn');
    expect(fix, steps.join(' > ')).toBeDefined();
    // The menu path, then the network's APN, which comes from third-party lists only.
    expect(stepFacts(fix!)).toEqual(['iosApnPath', apn]);
    expect(FACTS.get(apn)?.confidence).toBe('unconfirmed');
    for (const language of LANGUAGE_CODES) expect(shownFact(FACTS.get(apn)!, language).confidence).toBe('unconfirmed');
  });

  it.each(Object.entries(APNS) as [keyof typeof APNS, string][])('%s: its APN is in the Android hotspot-missing fix too', (carrier, apn) => {
    const steps = buildChecklist(missing(carrier, SAMSUNG));
    const fix = steps.find((step) => stepTextKey(step) === 'steps.fixMissingAndroidApn');
    expect(fix, steps.join(' > ')).toBeDefined();
    expect(stepFacts(fix!)).toEqual([apn]);
  });

  it('Onic: no APN was found, and the iPhone fix says so and to ask Onic, in every language', () => {
    const fix = 'fixMissingIosApnOnic';
    expect(buildChecklist(missing('onic', IPHONE))).toContain(fix);
    expect(stepFacts(fix)).toEqual(['iosApnPath']);
    expect(stepNotes(fix)).toEqual(['checklist.apnNote.onic']);
    const found = { en: /found no APN/, zh: /没有找到/, ur: /نہیں ملا/ } as const;
    for (const language of LANGUAGE_CODES) {
      const note = locales[language].get('checklist.apnNote.onic') ?? '';
      expect(note, language).toMatch(found[language]);
      expect(note.match(/Onic/g)?.length ?? 0, language).toBeGreaterThanOrEqual(2);
    }
  });

  it('a travel eSIM: the fixes point to the provider, and no provider APN is invented', () => {
    for (const [phone, text] of [[IPHONE, 'fixMissingIosApn'], [SAMSUNG, 'fixMissingAndroidApn']] as const) {
      const fix = buildChecklist(missing('travel', phone)).find((step) => stepTextKey(step) === `steps.${text}`);
      expect(stepNotes(fix!)).toEqual(['checklist.apnNote.travel']);
      expect(stepFacts(fix!).every((id) => FACTS.get(id)?.kind !== 'apn')).toBe(true);
    }
    const noData = buildChecklist({ ...missing('travel', IPHONE), mobileData: 'no' });
    expect(noData).toContain('apnTravel');
    expect(stepNotes('apnTravel')).toEqual(['checklist.apnNote.travel']);
  });

  it('has each network its own version of each step that asks for the APN, and no version on its own', () => {
    for (const base of ['fixMissingIosApn', 'fixMissingAndroidApn']) {
      expect(STEPS.has(base)).toBe(false);
      const versions = [...STEPS.values()].filter((step) => (step.text ?? step.id) === base);
      expect(versions.map((step) => step.id).sort()).toEqual(
        QUESTIONS.carrier.options.map((id) => `${base}${id[0].toUpperCase()}${id.slice(1)}`).sort(),
      );
    }
  });

  it('gives every network an APN fact or a note for the steps that ask for it', () => {
    for (const id of QUESTIONS.carrier.options) {
      const apn = carrierProfile(id).apnForSteps;
      if ('facts' in apn) for (const fact of apn.facts) expect(FACTS.get(fact)?.kind, id).toBe('apn');
      else for (const language of LANGUAGE_CODES) expect(locales[language].get(apn.note), `${id} ${language}`).toBeTruthy();
    }
  });
});
