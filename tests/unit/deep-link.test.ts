import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/journey/flow';
import { decodeAnswers } from '../../src/journey/links';
import { encodeAnswers, linkSearch } from '../../src/journey/share-link';
import { allJourneys } from '../support/journeys';

/** Links made by the app before format 2 (format 1, options by position), with the answers they opened. */
const FORMAT_1_LINKS = JSON.parse(readFileSync('tests/fixtures/format-1-links.json', 'utf8')) as { link: string; answers: Answers }[];

describe('deep links', () => {
  it('round-trips every journey from the path enumeration', async () => {
    const decoded = await Promise.all(allJourneys().map(async (journey) => ({ journey, link: await decodeAnswers(linkSearch(journey.answers)) })));
    const failures = decoded.filter(({ journey, link: decoded }) => {
      return decoded.kind !== 'answers' || !decoded.complete || JSON.stringify(decoded.answers) !== JSON.stringify(journey.answers);
    });
    expect(failures).toEqual([]);
  });

  it('names each answer by its question and option IDs, in flow order', () => {
    expect(encodeAnswers({ carrier: 'zong', device: 'android', androidBrand: 'transsion', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered' })).toBe(
      '2.device-android.androidBrand-transsion.connectDevice-windows.esimSupport-yes.pta-registered.carrier-zong',
    );
    expect(encodeAnswers({})).toBe('2');
  });

  it('needs no escaping in an address', () => {
    const journey = allJourneys()[0];
    expect(linkSearch(journey.answers)).toBe(`?a=${encodeAnswers(journey.answers)}`);
  });

  it.each(FORMAT_1_LINKS.map((row) => [row.link, row] as const))('opens the format-1 link %s with the answers it always opened', async (_link, row) => {
    expect(await decodeAnswers(`?a=${row.link}`)).toEqual({ kind: 'answers', answers: row.answers, complete: true, done: [], fixedBy: null });
  });

  it('has real format-1 links of every length to test against', () => {
    expect(FORMAT_1_LINKS.length).toBeGreaterThan(200);
    expect(new Set(FORMAT_1_LINKS.map((row) => Object.keys(row.answers).length)).size).toBeGreaterThan(4);
  });

  it('reports no link when there is none', async () => {
    expect(await decodeAnswers('?step=device')).toEqual({ kind: 'none' });
  });

  it.each([
    ['an unknown format', '?a=9.240', {}],
    ['format 1 with extra dots', '?a=1.24.0', {}],
    ['a format-1 option out of range', '?a=1.9', {}],
    ['a format-1 character that is not base 36', '?a=1.2%3C', { device: 'android' }],
    ['format-1 upper case', '?a=1.2A', { device: 'android' }],
    ['a format-1 link too long', '?a=1.240-0100130000', { device: 'android', androidBrand: 'transsion', esimSupport: 'yes', pta: 'registered', carrier: 'zong', esimState: 'active', mobileData: 'yes', dataBalance: 'low', hotspotIssue: 'noInternet' }],
    ['an unknown question', '?a=2.device-iphone.colour-red', { device: 'iphone' }],
    ['an option the question does not have', '?a=2.device-nokia.pta-registered', { pta: 'registered' }],
    ['a question answered twice', '?a=2.device-iphone.device-android', { device: 'iphone' }],
    ['a damaged pair', '?a=2.device.pta-registered-x.carrier-jazz', { carrier: 'jazz' }],
    ['a prototype key', '?a=2.__proto__-iphone.constructor-x.device-ipad', { device: 'ipad' }],
  ])('keeps what it can of %s and says the link was incomplete', async (_label, search, answers) => {
    expect(await decodeAnswers(search)).toEqual({ kind: 'answers', answers, complete: false, done: [], fixedBy: null });
    expect(({} as Record<string, unknown>).iphone).toBeUndefined();
  });

  it('treats a link cut short as the answers it carries', async () => {
    expect(await decodeAnswers('?a=1.24')).toEqual({ kind: 'answers', answers: { device: 'android', androidBrand: 'transsion' }, complete: true, done: [], fixedBy: null });
    expect(await decodeAnswers('?a=2.device-android.androidBrand-transsion')).toEqual({
      kind: 'answers',
      answers: { device: 'android', androidBrand: 'transsion' },
      complete: true,
      done: [],
      fixedBy: null,
    });
  });
});
