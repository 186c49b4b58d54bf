import type { AnswerOf, Answers } from '../../src/journey/flow';

/** The answers of a phone, on a network, whose hotspot option is missing or greyed out. */
export const hotspotMissing = (carrier: AnswerOf<'carrier'>, phone: Answers = { device: 'iphone' }): Answers => ({
  ...phone,
  connectDevice: 'windows',
  esimSupport: 'yes',
  pta: 'registered',
  carrier,
  esimState: 'active',
  mobileData: 'yes',
  dataBalance: 'enough',
  hotspotIssue: 'missing',
});
