import { describe, expect, it } from 'vitest';
import { JOURNEY_KEY, loadJourney, parseJourney, saveJourney } from '../../src/stores/journey-storage';

const valid = { version: 2, step: 'carrier', answers: { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered' }, done: ['hotspotOnIos'] };

describe('saved journey', () => {
  it('round-trips answers and step', () => {
    expect(saveJourney({ answers: { device: 'android', androidBrand: 'vivo' }, step: 'esimSupport', done: ['fixRestart'] })).toBe(true);
    expect(loadJourney()).toEqual({
      status: 'restored',
      journey: { answers: { device: 'android', androidBrand: 'vivo' }, step: 'esimSupport', done: ['fixRestart'] },
    });
  });

  it('migrates a version 1 record (before ticks existed)', () => {
    const v1 = JSON.stringify({ version: 1, step: 'pta', answers: { device: 'ipad', connectDevice: 'windows', esimSupport: 'no' } });
    expect(parseJourney(v1)).toEqual({
      status: 'restored',
      journey: { answers: { device: 'ipad', connectDevice: 'windows', esimSupport: 'no' }, step: 'pta', done: [] },
    });
  });

  it('reports nothing saved', () => {
    expect(parseJourney(null)).toEqual({ status: 'empty' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['another version', JSON.stringify({ ...valid, version: 0 })],
    ['a future version', JSON.stringify({ ...valid, version: 3 })],
    ['ticks that are not step IDs', JSON.stringify({ ...valid, done: ['delete everything'] })],
    ['ticks in markup', JSON.stringify({ ...valid, done: ['<img src=x>'] })],
    ['more ticks than any checklist has', JSON.stringify({ ...valid, done: Array.from({ length: 201 }, (_, i) => `step${i}`) })],
    ['ticks that are not a list', JSON.stringify({ ...valid, done: 'hotspotOnIos' })],
    ['a step ticked twice', JSON.stringify({ ...valid, done: ['fixRestart', 'fixRestart'] })],
    ['an unknown step', JSON.stringify({ ...valid, step: 'admin' })],
    ['an unknown question', JSON.stringify({ ...valid, answers: { ...valid.answers, colour: 'red' } })],
    ['an answer the question does not offer', JSON.stringify({ ...valid, answers: { device: 'nokia' } })],
    ['a non-string answer', JSON.stringify({ ...valid, answers: { device: 1 } })],
    ['answers that are not an object', JSON.stringify({ ...valid, answers: 'device=iphone' })],
    ['a prototype key', '{"version":1,"step":"device","answers":{"__proto__":{"polluted":true}}}'],
  ])('discards %s', (_label, raw) => {
    expect(parseJourney(raw)).toEqual({ status: 'discarded' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('removes discarded data from storage', () => {
    localStorage.setItem(JOURNEY_KEY, '{oops');
    expect(loadJourney().status).toBe('discarded');
    expect(localStorage.getItem(JOURNEY_KEY)).toBeNull();
  });
});
