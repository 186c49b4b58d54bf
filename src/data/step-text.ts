import type { ChecklistStepId } from './checklist-steps';

/** Steps that say the same thing with different facts share one text in the locales. */
const SHARED_TEXT: Partial<Record<ChecklistStepId, string>> = {
  apnJazz: 'apnCheck',
  apnZong: 'apnCheck',
  apnTelenor: 'apnCheck',
  apnUfone: 'apnCheck',
  hotspotOnVivo: 'hotspotOnUnconfirmed',
  hotspotOnTranssion: 'hotspotOnUnconfirmed',
};

/** The locale key prefix holding a step's `title` and `body`. */
export function stepTextKey(step: ChecklistStepId): string {
  return `steps.${SHARED_TEXT[step] ?? step}`;
}
