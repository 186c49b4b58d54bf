/** A day, as yyyy-mm-dd. */
export type IsoDate = `${number}-${number}-${number}`;

/** How sure we are of a fact: `unconfirmed` facts are always shown with a "confirm with your network" note. */
export type Confidence = 'confirmed' | 'unconfirmed';

/** What a fact is, which decides how it is shown (a code to dial, a menu path, a number to text...). */
export type FactKind = 'ussd' | 'sms' | 'phone' | 'whatsapp' | 'apn' | 'app' | 'web' | 'menu';

/**
 * A code, number, APN or menu path the app shows, with its provenance. A fact is `confirmed` only
 * where the project's fact sheet labels it CONFIRMED and does not list it as weak; MEMORY, CONFLICT
 * and third-party-code-only facts are `unconfirmed`. Facts the sheet marks NOT FOUND are not kept.
 */
export interface Fact {
  readonly kind: FactKind;
  /** Shown exactly as written, isolated left-to-right inside any text. */
  readonly value: string;
  /** A menu path as the phone shows it when set to Simplified Chinese, with its own provenance. */
  readonly zh?: ChineseLabel;
  readonly confidence: Confidence;
  /** Where the fact comes from: an address, or the fact sheet's section for MEMORY facts. */
  readonly source: string;
  /**
   * The day this fact was last checked against its source (each fact its own: `fact-dates.ts` says
   * which day a fact from the fact sheet carries). The sources page shows it.
   */
  readonly verified: IsoDate;
}

/**
 * A menu path's labels in Simplified Chinese. Its confidence is its own: `confirmed` only where the
 * vendor's own page or source gives these labels; a label translated from the English path, or found
 * only in third-party guides or code, is `unconfirmed` and shown with the "not confirmed" note.
 */
export interface ChineseLabel {
  readonly value: string;
  readonly confidence: Confidence;
  readonly source: string;
  /** The day these labels were checked against their source. */
  readonly verified: IsoDate;
}

/** Facts by their IDs; an ID names the fact's label in the locales (`facts.<id>`). */
export type FactTable = Readonly<Record<string, Fact>>;

/**
 * One step a checklist can hold: its ID names `steps.<id>.title` and `.body` in the locales, unless
 * it shares the text of another (`text`), and it shows these facts under its text.
 */
export interface StepSpec {
  readonly id: string;
  readonly text?: string;
  readonly facts?: readonly string[];
  /** Locale keys of paragraphs shown after the step's text (a network's "no APN found" note). */
  readonly notes?: readonly string[];
  /**
   * The step asks for the network's APN: it is never shown on its own but once for each network,
   * with that network's APN or its note (`withNetworkApn` in `network-apn.ts`).
   */
  readonly asksApn?: boolean;
}
