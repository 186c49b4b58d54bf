import type { TFunction } from 'i18next';
import type { ChecklistStepId } from '../../data/checklist-steps';
import { FACTS } from '../../data/facts';
import { STEP_FACTS } from '../../data/step-facts';
import { stepTextKey } from '../../data/step-text';

/** The checklist as plain text in the active language (for WhatsApp, the clipboard, a note). */
export function checklistAsText(t: TFunction, steps: readonly ChecklistStepId[], link: string): string {
  const lines = [t('checklist.title'), ''];
  steps.forEach((step, index) => {
    lines.push(`${index + 1}. ${t(`${stepTextKey(step)}.title`)}`);
    for (const fact of STEP_FACTS[step] ?? []) {
      const note = FACTS[fact].confidence === 'unconfirmed' ? ` (${t('checklist.unconfirmedShort')})` : '';
      lines.push(`   ${t(`facts.${fact}`)} ${FACTS[fact].value}${note}`);
    }
  });
  lines.push('', link);
  return lines.join('\n');
}
