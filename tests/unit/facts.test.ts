import { describe, expect, it } from 'vitest';
import { CARRIERS } from '../../src/data/carriers';
import { FACT_SOURCES } from '../../src/data/fact-sources';
import { FACTS } from '../../src/data/facts';
import { STEP_FACTS } from '../../src/data/step-facts';

describe('facts', () => {
  it.each(Object.entries(FACTS))('%s has a value, a source, a check date and a confidence', (id, fact) => {
    const provenance = FACT_SOURCES[id as keyof typeof FACT_SOURCES];
    expect(fact.value.trim()).not.toBe('');
    expect(provenance.source.trim()).not.toBe('');
    expect(provenance.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(provenance.verified))).toBe(false);
    expect(['confirmed', 'unconfirmed']).toContain(fact.confidence);
  });

  it('keeps provenance only for facts that exist', () => {
    expect(Object.keys(FACT_SOURCES).sort()).toEqual(Object.keys(FACTS).sort());
  });

  it('only calls a fact confirmed when its source is an address', () => {
    for (const [id, fact] of Object.entries(FACTS)) {
      if (fact.confidence === 'confirmed') expect(FACT_SOURCES[id as keyof typeof FACT_SOURCES].source, id).toMatch(/^https?:\/\//);
    }
  });

  it('never presents the sheet’s unconfirmed codes as certain', () => {
    // Codes the fact sheet marks MEMORY or weak (old third-party code, APN lists).
    const weak = ['jazzHelpline', 'jazzApn', 'zongApn', 'telenorDataBalance', 'telenorHelpline', 'telenorApn', 'ufoneDataBalance', 'ufoneHelpline', 'ufoneApn', 'vivoHotspotPath', 'transsionHotspotPath', 'oppoHotspotPath'] as const;
    for (const id of weak) expect(FACTS[id].confidence, id).toBe('unconfirmed');
  });

  it('links steps and networks only to facts that exist', () => {
    const all = [...Object.values(STEP_FACTS).flat(), ...Object.values(CARRIERS).flatMap((c) => [...c.balanceFacts, c.helpline, c.selfServiceApp].filter((f) => f !== 'notFound'))];
    for (const id of all) expect(Object.hasOwn(FACTS, id), id).toBe(true);
  });
});
