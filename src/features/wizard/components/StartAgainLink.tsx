import { useTranslation } from 'react-i18next';
import { urlForStep } from '../step-url';
import { useWizardActor } from '../wizard-actor';

/** Clears every answer and goes back to the first question. */
export function StartAgainLink() {
  const { t } = useTranslation();
  const actor = useWizardActor();
  return (
    <p className="start-again">
      <a
        href={urlForStep('start')}
        onClick={(event) => {
          event.preventDefault();
          actor.send({ type: 'RESTART' });
        }}
      >
        {t('nav.startAgain')}
      </a>
    </p>
  );
}
