import { Suspense, useMemo, useState, type FormEvent } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { IsolatedText } from '../../../components/IsolatedText';
import { PageHeading } from '../../../components/PageHeading';
import { SecondPass } from '../../../components/SecondPass';
import { useDocumentTitle } from '../../../components/use-document-title';
import { optionsFor } from '../flow/options';
import type { QuestionId } from '../flow/questions';
import { QUESTION_EXTRAS, questionWarning } from '../question-extras';
import { useWizard, useWizardActor } from '../wizard-actor';
import { identifierChecker, questionHelp } from './deferred-question-parts';
import { ErrorSummary } from './ErrorSummary';

const QuestionHelp = questionHelp.Deferred;
const IdentifierChecker = identifierChecker.Deferred;

/** One question per page: the question is the legend and the page's h1 (GOV.UK question page). */
export function QuestionPage({ question }: { question: QuestionId }) {
  const { t } = useAppText();
  const actor = useWizardActor();
  const answers = useWizard((snapshot) => snapshot.context.answers);
  const options = useMemo(() => optionsFor(question, answers), [question, answers]);
  const saved = answers[question] as string | undefined;
  const [selected, setSelected] = useState<string | undefined>(
    saved !== undefined && (options as readonly string[]).includes(saved) ? saved : undefined,
  );
  const [attempt, setAttempt] = useState(0);
  const showError = attempt > 0 && selected === undefined;
  const extras = QUESTION_EXTRAS[question] ?? {};
  const warning = questionWarning(question, answers);

  const base = `questions.${question}`;
  // Translated once per question and language: choosing an option re-renders only what it changes.
  const text = useMemo(
    () => ({
      title: t(`${base}.title`),
      hint: t(`${base}.hint`),
      error: t(`${base}.error`),
      choices: options.map((option) => ({ option, label: t(`${base}.options.${option}`) })),
    }),
    [t, base, options],
  );
  const { title, error } = text;
  useDocumentTitle(showError ? `${t('form.errorPrefix')} ${title}` : title);

  const firstOptionId = `${question}-${options[0]}`;
  const describedBy = [`${question}-hint`, showError ? `${question}-error` : ''].filter(Boolean).join(' ');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected === undefined) {
      setAttempt((n) => n + 1);
      return;
    }
    actor.send({ type: 'ANSWER', question, value: selected });
  }

  return (
    <>
      {showError && <ErrorSummary message={error} targetId={firstOptionId} attempt={attempt} />}
      <form noValidate onSubmit={submit} className={showError ? 'form-group form-group-error' : 'form-group'}>
        <fieldset aria-describedby={describedBy}>
          <legend className="legend">
            <PageHeading>
              <IsolatedText>{title}</IsolatedText>
            </PageHeading>
          </legend>
          <div id={`${question}-hint`} className="hint">
            <p>
              <IsolatedText>{text.hint}</IsolatedText>
            </p>
            {extras.help && (
              <Suspense fallback={null}>
                <QuestionHelp question={question} answers={answers} />
              </Suspense>
            )}
          </div>
          {warning && (
            <p className="warning-text">
              <IsolatedText>{t(warning)}</IsolatedText>
            </p>
          )}
          {showError && (
            <ErrorMessage id={`${question}-error`} message={error} />
          )}
          <div className="radios">
            {text.choices.map(({ option, label }) => {
              const id = `${question}-${option}`;
              return (
                <div className="radio" key={option}>
                  <input
                    className="radio-input"
                    type="radio"
                    id={id}
                    name={question}
                    value={option}
                    checked={selected === option}
                    onChange={() => setSelected(option)}
                  />
                  <label className="radio-label" htmlFor={id}>
                    <IsolatedText>{label}</IsolatedText>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <button type="submit" className="button">
          {t('form.continue')}
        </button>
      </form>
      {extras.checker && (
        // Below the form: it can follow the question's first paint.
        <SecondPass>
          <Suspense fallback={null}>
            <IdentifierChecker kind={extras.checker} />
          </Suspense>
        </SecondPass>
      )}
    </>
  );
}
