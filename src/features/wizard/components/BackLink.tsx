import { useAppText } from '../../../i18n/app-text';
import { previousStep, walkPath } from '../flow/path';
import type { StepId } from '../flow/questions';
import { urlForStep } from '../step-url';
import { useWizard, useWizardActor } from '../wizard-actor';

/** GOV.UK back link, above the main content: the previous step, as the person left it. */
export function BackLink({ step }: { step: StepId }) {
  const { t } = useAppText();
  const actor = useWizardActor();
  // The same rule as the machine's Back: to the summary only while changing with every question answered.
  const target = useWizard((snapshot) =>
    snapshot.context.changing && walkPath(snapshot.context.answers).next === 'checklist'
      ? 'checklist'
      : previousStep(step, snapshot.context.answers),
  );
  return (
    <a
      className="back-link"
      href={urlForStep(target)}
      onClick={(event) => {
        event.preventDefault();
        actor.send({ type: 'BACK' });
      }}
    >
      {t('nav.back')}
    </a>
  );
}
