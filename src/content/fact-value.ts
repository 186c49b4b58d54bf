import { latestDate } from './fact-dates';
import type { Confidence, Fact, IsoDate } from './fact-types';

/** A fact as one language shows it. */
export interface ShownFact {
  /** The value first read: in Chinese a menu's Chinese label. */
  readonly value: string;
  /** The English menu path, shown after the Chinese one in brackets (for a phone set to English). */
  readonly english?: string;
  /** Confirmed only when every label shown is. */
  readonly confidence: Confidence;
  /** The day what is shown was last checked: in Chinese, the later of the two labels' days. */
  readonly verified: IsoDate;
}

/**
 * A fact's value as the person's phone shows it. In Chinese a menu path shows its Chinese label
 * first and the English one after it, and is confirmed only if both labels are.
 */
export function shownFact(fact: Fact, language: string): ShownFact {
  if (language !== 'zh' || fact.zh === undefined) return { value: fact.value, confidence: fact.confidence, verified: fact.verified };
  const confirmed = fact.confidence === 'confirmed' && fact.zh.confidence === 'confirmed';
  return {
    value: fact.zh.value,
    english: fact.value,
    confidence: confirmed ? 'confirmed' : 'unconfirmed',
    verified: latestDate([fact.verified, fact.zh.verified]) ?? fact.verified,
  };
}
