import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/content/catalog';
import { DATA_RATES } from '../../src/content/data-rates';
import { describeSource, siteOf } from '../../src/content/source-description';

const everySource = [
  ...[...FACTS].flatMap(([id, fact]) => [[id, fact.source], ...(fact.zh ? [[`${id} (Chinese)`, fact.zh.source]] : [])]),
  ...DATA_RATES.flatMap((rate) => rate.source.map((source) => [rate.id, source])),
] as [string, string][];

describe('what a fact’s source says, for the sources page', () => {
  it.each(everySource)('%s: names an address, the fact sheet’s section, or what kind of source was (not) found', (_, source) => {
    const described = describeSource(source);
    expect(described.links.length > 0 || described.sheetSection !== null || described.basis !== 'page').toBe(true);
    for (const link of described.links) expect(siteOf(link)).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  it('reads the fact sheet’s labels: MEMORY is no source, third-party lists are third-party only', () => {
    expect(describeSource('facts sheet §1.1 (MEMORY: no source found)')).toEqual({ links: [], sheetSection: '1.1', basis: 'noSource' });
    expect(describeSource('facts sheet §1.3 (third-party APN tables only)')).toEqual({ links: [], sheetSection: '1.3', basis: 'thirdParty' });
    expect(describeSource('https://jazz.com.pk/faqs')).toEqual({ links: ['https://jazz.com.pk/faqs'], sheetSection: null, basis: 'page' });
  });

  it('reads a Chinese label’s note: no page found, seen in third-party text, or translated from a MEMORY path', () => {
    expect(describeSource('no Chinese Apple page found; labels as commonly shown on iPhones set to Simplified Chinese').basis).toBe('noSource');
    expect(describeSource('no Xiaomi page found; label seen only in third-party code and guides').basis).toBe('thirdParty');
    expect(describeSource('translated from the English path (MEMORY), with AOSP’s labels: https://github.com/a/b').basis).toBe('noSource');
  });

  it('takes every address out of a note, without the brackets or separators around it', () => {
    const source = 'https://a.example/x ; https://www.b.example/y?page=7 (third-party, no vendor page found)';
    expect(describeSource(source).links).toEqual(['https://a.example/x', 'https://www.b.example/y?page=7']);
    expect(siteOf('https://www.b.example/y?page=7')).toBe('b.example');
  });
});
