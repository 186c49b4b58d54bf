/**
 * What a fact's `source` says, in parts each language can show: the addresses it cites, the fact
 * sheet's section it comes from, and how much that source is (a page that states the fact, only
 * third-party pages, lists or code, or no published source at all).
 */
export type SourceBasis = 'page' | 'thirdParty' | 'noSource';

export interface SourceDescription {
  readonly links: readonly string[];
  /** The fact sheet's section, as `1.1`, when the fact comes from the sheet with no address of its own. */
  readonly sheetSection: string | null;
  readonly basis: SourceBasis;
}

const ADDRESS = /https?:\/\/[^\s;)]+/g;
const SHEET_SECTION = /facts sheet §(\d+(?:\.\d+)*)/;
/** The sheet's MEMORY label, or a search that found no page. */
const NO_SOURCE = /MEMORY|no source found|^no [^;]* page found/;
const THIRD_PARTY = /third-party/;

export function describeSource(source: string): SourceDescription {
  const links = source.match(ADDRESS) ?? [];
  const sheetSection = SHEET_SECTION.exec(source)?.[1] ?? null;
  const basis: SourceBasis = THIRD_PARTY.test(source) && !/MEMORY/.test(source) ? 'thirdParty' : NO_SOURCE.test(source) ? 'noSource' : 'page';
  return { links, sheetSection, basis };
}

/** An address as a person reads it: its host, without `www.`. */
export function siteOf(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '');
}
