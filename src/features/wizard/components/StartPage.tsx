import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { FIRST_QUESTION } from '../../../journey/steps';
import { WAYS_IN } from '../../../journey/flow';
import { StepLink } from '../../../components/StepLink';
import { useWizard, useWizardActor } from '../../../stores/wizard-actor';

const START = { type: 'START' } as const;
const START_FIX = { type: 'START', wayIn: 'fix' } as const;

/**
 * GOV.UK start page: what this does, how long it takes, Start (or resume) on the first screen, then
 * what to have ready.
 */
export function StartPage() {
  const { t } = useAppText();
  const actor = useWizardActor();
  const hasProgress = useWizard((snapshot) => Object.keys(snapshot.context.answers).length > 0);
  const title = t('start.title');
  useDocumentTitle(title);
  const needs = ['start.needPhone', 'start.needNetwork', 'start.needDevice'];
  return (
    <>
      <PageHeading>
        <IsolatedText>{title}</IsolatedText>
      </PageHeading>
      <p className="lead">
        <IsolatedText>{t('start.lead')}</IsolatedText>
      </p>
      <p>
        <IsolatedText>{t('start.time')}</IsolatedText>
      </p>
      {hasProgress ? (
        <>
          <p>
            <IsolatedText>{t('start.resumeLead')}</IsolatedText>
          </p>
          <div className="button-group">
            <button type="button" className="button button-start" onClick={() => actor.send({ type: 'RESUME' })}>
              {t('start.continue')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => actor.send({ type: 'RESTART' })}>
              {t('nav.startAgain')}
            </button>
          </div>
        </>
      ) : (
        // A real link, so Start works even before the app's script has loaded (it opens the first question).
        <StepLink className="button button-start" step={FIRST_QUESTION} event={START}>
          {t('start.startNow')}
        </StepLink>
      )}
      {/* The second way in: the symptom first, then only what that symptom needs (a new journey). */}
      <p>
        <StepLink className="button button-secondary" step={WAYS_IN.fix} event={START_FIX}>
          {t('start.fixNow')}
        </StepLink>
      </p>
      <h2 className="heading-m">{t('start.needTitle')}</h2>
      <ul className="list-bullet">
        {needs.map((key) => (
          <li key={key}>
            <IsolatedText>{t(key)}</IsolatedText>
          </li>
        ))}
      </ul>
    </>
  );
}
