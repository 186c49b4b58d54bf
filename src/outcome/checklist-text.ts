import type { TFunction } from 'i18next';
import { factById, stepFacts, stepTextKey } from '../content/catalog';
import { shownFact } from '../content/fact-value';

/** The checklist as plain text in the active language (for WhatsApp, the clipboard, a note). */
export function checklistAsText(t: TFunction, language: string, steps: readonly string[], link: string): string {
  const lines = [t('checklist.title'), ''];
  steps.forEach((step, index) => {
    lines.push(`${index + 1}. ${t(`${stepTextKey(step)}.title`)}`);
    for (const id of stepFacts(step)) {
      const shown = shownFact(factById(id), language);
      const english = shown.english === undefined ? '' : t('checklist.menuInEnglish', { path: shown.english });
      const note = shown.confidence === 'unconfirmed' ? ` (${t('checklist.unconfirmedShort')})` : '';
      lines.push(`   ${t(`facts.${id}`)} ${shown.value}${english}${note}`);
    }
  });
  lines.push('', link);
  return lines.join('\n');
}
