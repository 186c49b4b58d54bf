import type { TFunction } from 'i18next';
import { factById, stepFacts, stepNotes, stepTextKey } from '../content/catalog';
import { shownFact } from '../content/fact-value';

const INDENT = '   ';

/**
 * One step as text: its title, then what the page shows under it (its text, its notes, its codes),
 * so what the page says is not confirmed stays so when copied: a step's text and notes carry their own
 * hedges, and each code that is not confirmed is marked.
 */
function stepAsText(t: TFunction, language: string, step: string, number: number): string[] {
  const key = stepTextKey(step);
  const facts = stepFacts(step).map((id) => {
    const shown = shownFact(factById(id), language);
    const english = shown.english === undefined ? '' : t('checklist.menuInEnglish', { path: shown.english });
    const note = shown.confidence === 'unconfirmed' ? ` (${t('checklist.unconfirmedShort')})` : '';
    return `${t(`facts.${id}`)} ${shown.value}${english}${note}`;
  });
  const details = [t(`${key}.body`), ...stepNotes(step).map((note) => t(note)), ...facts];
  return [`${number}. ${t(`${key}.title`)}`, ...details.map((line) => `${INDENT}${line}`)];
}

/** The checklist as plain text in the active language (for WhatsApp, the clipboard, a note). */
export function checklistAsText(t: TFunction, language: string, steps: readonly string[], link: string): string {
  const lines = [t('checklist.title'), ''];
  steps.forEach((step, index) => lines.push(...stepAsText(t, language, step, index + 1)));
  lines.push('', link);
  return lines.join('\n');
}
