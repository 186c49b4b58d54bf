/**
 * Each locale file is served in parts, each fetched when a screen needs it. `core` holds what the start
 * page shows (and the header, forms and notices every screen shares); `questions` the questions, fetched
 * once the start page is on screen; `result` the checklist, its steps, facts and tools (and the help on a
 * few questions, and the page of the facts' sources), fetched once a journey has begun. The start page downloads about a fifth of the strings.
 */
export const LOCALE_PARTS = ['core', 'questions', 'result'] as const;
export type LocalePart = (typeof LOCALE_PARTS)[number];

/** Top-level sections of a locale file in each part but `core`, which holds every other section. */
export const PART_SECTIONS: Readonly<Record<Exclude<LocalePart, 'core'>, readonly string[]>> = {
  questions: ['questions'],
  result: ['checklist', 'facts', 'steps', 'tools', 'sources'],
};

/** Sections for pages of their own (the live check page, scripts/check-page.mjs): in no part of the app's. */
export const PAGE_ONLY_SECTIONS: readonly string[] = ['check'];

const partOf = (section: string): LocalePart =>
  (Object.keys(PART_SECTIONS) as Exclude<LocalePart, 'core'>[]).find((part) => PART_SECTIONS[part].includes(section)) ?? 'core';

/** The sections of a whole locale file that form one part. */
export function localePart(locale: Record<string, unknown>, part: LocalePart): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(locale).filter(([section]) => !PAGE_ONLY_SECTIONS.includes(section) && partOf(section) === part),
  );
}
