import type { TFunction } from 'i18next';
import type { ChecklistStepId } from '../../data/checklist-steps';
import { FACTS } from '../../data/facts';
import { STEP_FACTS } from '../../data/step-facts';
import { stepTextKey } from '../../data/step-text';

/** The checklist as plain text in the active language (for WhatsApp, the clipboard, a note). */
export function checklistAsText(
  t: TFunction,
  language: string,
  steps: readonly ChecklistStepId[],
  link: string,
): string {
  const lines = [t('checklist.title'), ''];
  steps.forEach((step, index) => {
    lines.push(`${index + 1}. ${t(`${stepTextKey(step)}.title`)}`);
    for (const fact of STEP_FACTS[step] ?? []) {
      const note = FACTS[fact].confidence === 'unconfirmed' ? ` (${t('checklist.unconfirmedShort')})` : '';
      const { value, valueZh } = FACTS[fact] as { value: string; valueZh?: string };
      lines.push(`   ${t(`facts.${fact}`)} ${language === 'zh' && valueZh ? valueZh : value}${note}`);
    }
  });
  lines.push('', link);
  return lines.join('\n');
}
