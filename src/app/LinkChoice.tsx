import { IsolatedText } from '../components/IsolatedText';
import { useAppText } from '../i18n/app-text';
import { choiceMade, useLinkChoice } from '../stores/link-choice';
import { useWizardActor } from '../stores/wizard-actor';

/**
 * Asked when a shared link would replace the person's own saved journey: the shared checklist is on
 * screen, their own stays saved, and nothing is lost whichever they keep. Its strings come with the
 * checklist's (a link has begun a journey, so they are loaded before the first screen).
 */
export function LinkChoice({ onKeptShared }: { onKeptShared: () => void }) {
  const { t } = useAppText();
  const actor = useWizardActor();
  const own = useLinkChoice((choice) => choice.own);
  if (!own) return null;
  return (
    <div className="notice" role="status">
      <p>
        <IsolatedText>{t('checklist.linkChoice.lead')}</IsolatedText>
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => {
            choiceMade();
            onKeptShared();
          }}
        >
          {t('checklist.linkChoice.keepShared')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            actor.send({ type: 'LOAD', answers: own.answers, done: own.done, fixedBy: own.fixedBy });
            actor.send({ type: 'GO_TO', step: own.step });
            choiceMade();
          }}
        >
          {t('checklist.linkChoice.keepOwn')}
        </button>
      </div>
    </div>
  );
}
