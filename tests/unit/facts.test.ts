import { describe, expect, it } from 'vitest';
import { CARRIERS } from '../../src/content/carrier-registry';
import { CARRIER_STEP_FIELDS } from '../../src/content/carrier-profile';
import { FACTS, STEPS, stepIdOf } from '../../src/content/catalog';
import { shownFact } from '../../src/content/fact-value';
import { COMPUTER_MENU_FACTS } from '../../src/content/facts/computer-menus';
import { PHONE_MENU_FACTS } from '../../src/content/facts/phone-menus';
import { PTA_FACTS } from '../../src/content/facts/pta-registration';
import { SHARED_STEPS } from '../../src/content/steps';
import { QUESTIONS } from '../../src/journey/flow';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('facts', () => {
  it.each([...FACTS])('%s has a value, a source, a check date and a confidence', (_id, fact) => {
    expect(fact.value.trim()).not.toBe('');
    expect(fact.source.trim()).not.toBe('');
    expect(fact.verified).toMatch(ISO_DATE);
    expect(Number.isNaN(Date.parse(fact.verified))).toBe(false);
    expect(['confirmed', 'unconfirmed']).toContain(fact.confidence);
  });

  it('gives every fact one ID only: no two modules declare the same one', () => {
    const tables = [PTA_FACTS, PHONE_MENU_FACTS, COMPUTER_MENU_FACTS, ...CARRIERS.map((carrier) => carrier.facts)];
    const declared = tables.flatMap((table) => Object.keys(table));
    expect(declared.length).toBe(FACTS.size);
  });

  it('only calls a fact confirmed when its source is an address', () => {
    for (const [id, fact] of FACTS) if (fact.confidence === 'confirmed') expect(fact.source, id).toMatch(/^https?:\/\//);
  });

  it('never presents the sheet’s unconfirmed codes as certain', () => {
    // Codes the fact sheet marks MEMORY or weak (old third-party code, APN lists).
    const weak = ['jazzHelpline', 'jazzApn', 'zongApn', 'telenorDataBalance', 'telenorHelpline', 'telenorApn', 'ufoneDataBalance', 'ufoneHelpline', 'ufoneApn', 'vivoHotspotPath', 'transsionHotspotPath', 'oppoHotspotPath', 'huaweiHotspotPath'];
    for (const id of weak) expect(FACTS.get(id)?.confidence, id).toBe('unconfirmed');
  });

  it('links steps, networks and question help only to facts that exist', () => {
    const fromSteps = [...STEPS.values()].flatMap((step) => step.facts ?? []);
    const fromCarriers = CARRIERS.flatMap((carrier) => [carrier.helpline, carrier.selfServiceApp].filter((id) => id !== undefined));
    const fromHelp = Object.values(QUESTIONS).flatMap((spec) =>
      'help' in spec ? spec.help.flatMap((item) => ('fact' in item ? [item.fact] : [])) : [],
    );
    for (const id of [...fromSteps, ...fromCarriers, ...fromHelp]) expect(FACTS.has(id), id).toBe(true);
  });
});

describe('Chinese menu labels', () => {
  const menus = [...FACTS].filter(([, fact]) => fact.kind === 'menu');

  it('gives every Android menu path (and every other menu path) a Chinese label', () => {
    const android = Object.keys(PHONE_MENU_FACTS).filter((id) => !id.startsWith('ios'));
    expect(android).toEqual(expect.arrayContaining(['androidEidPath', 'samsungHotspotPath', 'pixelHotspotPath', 'xiaomiHotspotPath', 'oppoHotspotPath', 'vivoHotspotPath', 'transsionHotspotPath', 'huaweiHotspotPath']));
    for (const [id, fact] of menus) expect(fact.zh?.value.trim() || '', id).not.toBe('');
  });

  it.each(menus)('%s: its Chinese label has its own source, check date and confidence', (_id, fact) => {
    const zh = fact.zh!;
    expect(zh.value).toMatch(/^设置 > /);
    expect(zh.value.split(' > ')).toHaveLength(fact.value.split(' > ').length);
    expect(zh.source.trim()).not.toBe('');
    expect(zh.verified).toMatch(ISO_DATE);
    expect(['confirmed', 'unconfirmed']).toContain(zh.confidence);
    if (zh.confidence === 'confirmed') expect(zh.source).toMatch(/^https?:\/\//);
  });

  it('shows in Chinese the Chinese label first and the English after it, confirmed only if both are', () => {
    expect(shownFact(PHONE_MENU_FACTS.xiaomiHotspotPath, 'zh')).toEqual({
      value: '设置 > 连接与共享 > 个人热点',
      english: 'Settings > Connection & sharing > Personal hotspot',
      confidence: 'unconfirmed',
      verified: PHONE_MENU_FACTS.xiaomiHotspotPath.zh.verified,
    });
    expect(shownFact(PHONE_MENU_FACTS.xiaomiHotspotPath, 'en')).toEqual({
      value: 'Settings > Connection & sharing > Personal hotspot',
      confidence: 'confirmed',
      verified: PHONE_MENU_FACTS.xiaomiHotspotPath.verified,
    });
    expect(shownFact(FACTS.get('zongApn')!, 'zh')).toEqual({ value: 'zonginternet', confidence: 'unconfirmed', verified: FACTS.get('zongApn')!.verified });
  });

  it('calls no Chinese label confirmed: no vendor page gave them', () => {
    // Samsung's and AOSP's strings were read only in copies; the rest are third-party or translated.
    for (const [id, fact] of menus) expect(fact.zh?.confidence, id).toBe('unconfirmed');
  });
});

describe('steps', () => {
  it('gives every step one definition: a shared step and a network’s or phone’s own never share an ID', () => {
    const own = CARRIERS.flatMap((carrier) =>
      CARRIER_STEP_FIELDS.flatMap((field) => {
        const ref = carrier[field];
        return ref === undefined || typeof ref === 'string' ? [] : [ref.id];
      }),
    );
    for (const id of own) expect(Object.hasOwn(SHARED_STEPS, id), id).toBe(false);
    // A step two networks both bring (none today) would have to be the same definition.
    const byId = new Map<string, unknown>();
    for (const carrier of CARRIERS) {
      for (const field of CARRIER_STEP_FIELDS) {
        const ref = carrier[field];
        if (ref === undefined || typeof ref === 'string') continue;
        expect(byId.get(ref.id) ?? ref, ref.id).toBe(ref);
        byId.set(ref.id, ref);
      }
    }
  });

  it('names only steps that exist, wherever a network refers to a shared step', () => {
    for (const carrier of CARRIERS) {
      for (const field of CARRIER_STEP_FIELDS) {
        const ref = carrier[field];
        if (ref !== undefined) expect(STEPS.has(stepIdOf(ref)), `${carrier.id}.${field}`).toBe(true);
      }
    }
  });
});

describe('networks', () => {
  it('has one profile for each option of the carrier question, and no other', () => {
    expect(CARRIERS.map((carrier) => carrier.id).sort()).toEqual([...QUESTIONS.carrier.options].sort());
  });
});
