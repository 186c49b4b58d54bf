/** How sure we are of a fact: `unconfirmed` facts are always shown with a "confirm with your carrier" note. */
export type Confidence = 'confirmed' | 'unconfirmed';

/** What a fact is, which decides how it is shown (a code to dial, a menu path, a number to text...). */
export type FactKind = 'ussd' | 'sms' | 'phone' | 'whatsapp' | 'apn' | 'app' | 'web' | 'menu';

export interface Fact {
  readonly kind: FactKind;
  /** Shown exactly as written, isolated left-to-right inside any text. */
  readonly value: string;
  /** The same value as the phone shows it in Chinese, where a source gives it. */
  readonly valueZh?: string;
  readonly confidence: Confidence;
}

/** A fact's provenance, kept in `fact-sources.ts`. */
export interface FactSource {
  /** Where the fact comes from (an address). */
  readonly source: string;
  /** The day the fact was last checked against its source, ISO yyyy-mm-dd. */
  readonly verified: string;
}
