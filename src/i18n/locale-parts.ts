/**
 * Each locale file is served in two parts. `core` holds what the start page and the questions show;
 * `result` holds the checklist, its steps, facts and tools (and the help on a few questions), which
 * are fetched only once a journey has begun, so the start page downloads about a third of the strings.
 */
export const LOCALE_PARTS = ['core', 'result'] as const;
export type LocalePart = (typeof LOCALE_PARTS)[number];

/** Top-level sections of a locale file that belong to the `result` part. */
export const RESULT_SECTIONS: readonly string[] = ['checklist', 'facts', 'steps', 'tools'];

/** The sections of a whole locale file that form one part. */
export function localePart(locale: Record<string, unknown>, part: LocalePart): Record<string, unknown> {
  const inResult = (section: string) => RESULT_SECTIONS.includes(section);
  return Object.fromEntries(Object.entries(locale).filter(([section]) => inResult(section) === (part === 'result')));
}
