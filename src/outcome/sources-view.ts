import { carrierProfile } from '../content/carrier-registry';
import { factById } from '../content/catalog';
import { latestDate } from '../content/fact-dates';
import { shownFact } from '../content/fact-value';
import type { Fact, IsoDate } from '../content/fact-types';
import { COMPUTER_MENU_FACTS } from '../content/facts/computer-menus';
import { PHONE_MENU_FACTS } from '../content/facts/phone-menus';
import { PTA_FACTS } from '../content/facts/pta-registration';
import { networksInQuestionOrder } from './answers-view';

/** A heading of the sources page and the facts under it. */
export interface FactGroup {
  /** The locale key of the group's heading. */
  readonly headingKey: string;
  readonly facts: readonly string[];
}

/**
 * Every fact the app shows, grouped as the sources page lists them: the phone's identity and PTA,
 * the phones' menus, the connecting devices' menus, then each network in the order the network question offers them.
 */
export const FACT_GROUPS: readonly FactGroup[] = [
  { headingKey: 'sources.groups.identity', facts: Object.keys(PTA_FACTS) },
  { headingKey: 'sources.groups.menus', facts: Object.keys(PHONE_MENU_FACTS) },
  { headingKey: 'sources.groups.computerMenus', facts: Object.keys(COMPUTER_MENU_FACTS) },
  ...networksInQuestionOrder()
    .map(({ id, nameKey }) => ({ headingKey: nameKey, facts: Object.keys(carrierProfile(id).facts) }))
    .filter((group) => group.facts.length > 0),
];

/** The day the newest of these facts was checked, as the language shows them (its Chinese labels in Chinese). */
export function latestCheck(facts: readonly string[], language: string): IsoDate | undefined {
  return latestDate(facts.map((id) => shownFact(factById(id), language).verified));
}

/** The provenance the sources page shows for a fact in a language: the Chinese labels' too, in Chinese. */
export function provenanceOf(fact: Fact, language: string): readonly Pick<Fact, 'source' | 'verified' | 'confidence'>[] {
  return language === 'zh' && fact.zh !== undefined ? [fact, fact.zh] : [fact];
}
