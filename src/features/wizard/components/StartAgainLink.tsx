import { memo } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { urlForStep } from '../step-url';
import { useWizardActor } from '../wizard-actor';

/** Clears every answer and goes back to the first question. */
export const StartAgainLink = memo(function StartAgainLink() {
  const { t } = useAppText();
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
});
