import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, linkSearch } from '../../src/features/wizard/deep-link';
import { allJourneys } from '../support/journeys';

describe('deep links', () => {
  it('round-trips every journey from the path enumeration', () => {
    const failures = allJourneys().filter((journey) => {
      const decoded = decodeAnswers(linkSearch(journey.answers));
      return decoded.kind !== 'answers' || !decoded.complete || JSON.stringify(decoded.answers) !== JSON.stringify(journey.answers);
    });
    expect(failures).toEqual([]);
  });

  it('is compact', () => {
    expect(encodeAnswers({ device: 'android', androidBrand: 'transsion', esimSupport: 'yes', pta: 'registered', carrier: 'zong' })).toBe('1.240-01');
    expect(encodeAnswers({})).toBe('1.');
  });

  it('reports no link when there is none', () => {
    expect(decodeAnswers('?step=device')).toEqual({ kind: 'none' });
  });

  it.each([
    ['an unknown format', '?a=9.240', {}],
    ['extra dots', '?a=1.24.0', {}],
    ['an option out of range', '?a=1.9', {}],
    ['a character that is not base 36', '?a=1.2%3C', { device: 'android' }],
    ['upper case', '?a=1.2A', { device: 'android' }],
    ['too long', '?a=1.240-0100130000', { device: 'android', androidBrand: 'transsion', esimSupport: 'yes', pta: 'registered', carrier: 'zong', esimState: 'active', mobileData: 'yes', dataBalance: 'low', hotspotIssue: 'noInternet' }],
  ])('keeps what it can of %s and says the link was incomplete', (_label, search, answers) => {
    expect(decodeAnswers(search)).toEqual({ kind: 'answers', answers, complete: false });
  });

  it('treats a link cut short as the answers it carries', () => {
    expect(decodeAnswers('?a=1.24')).toEqual({ kind: 'answers', answers: { device: 'android', androidBrand: 'transsion' }, complete: true });
  });
});
