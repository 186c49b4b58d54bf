import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { journeyPath } from '../../../journey/path';
import { StepLink } from '../../../components/StepLink';
import { useWizard } from '../../../stores/wizard-actor';

/** GOV.UK summary list: each answer on the path, with a Change link that says what it changes. */
export function AnswerSummary() {
  const { t } = useAppText();
  const answers = useWizard((snapshot) => snapshot.context.answers);
  const questions = journeyPath(answers).answered;
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title" className="heading-m">
        {t('checklist.answersTitle')}
      </h2>
      <dl className="summary-list">
        {questions.map((question) => {
          const label = t(`questions.${question}.summary`);
          return (
            <div className="summary-row" key={question}>
              <dt className="summary-key">
                <IsolatedText>{label}</IsolatedText>
              </dt>
              <dd className="summary-value">
                <IsolatedText>{t(`questions.${question}.options.${String(answers[question])}`)}</IsolatedText>
              </dd>
              <dd className="summary-action">
                <StepLink step={question} event={{ type: 'CHANGE', question }}>
                  {t('checklist.change')}{' '}
                  <span className="visually-hidden">{label}</span>
                </StepLink>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
