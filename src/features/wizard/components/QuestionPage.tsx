import { Suspense, useMemo, useState, type ComponentType, type FormEvent, type MouseEvent } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { IsolatedText } from '../../../components/IsolatedText';
import { PageHeading } from '../../../components/PageHeading';
import { SecondPass } from '../../../components/SecondPass';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ChoiceList, choiceId } from '../../../components/ChoiceList';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CONDITIONS, QUESTIONS, type Answers, type IdentifierKind, type QuestionId } from '../../../journey/flow';
import { optionsFor } from '../../../journey/options';
import { useWizard, useWizardActor } from '../../../stores/wizard-actor';

interface Props {
  question: QuestionId;
  /** How to answer, for questions whose flow entry has help (loaded after the start page). */
  Help: ComponentType<{ question: QuestionId; answers: Answers }>;
  /** A number checker, for questions whose flow entry has one (loaded after the start page). */
  Checker: ComponentType<{ kind: IdentifierKind }>;
}

/**
 * The second tap of a double tap lands on the next question's Continue, which has taken the first
 * one's place: it is not an answer to a question the person has not yet seen, so it submits nothing.
 */
function ignoreRepeatedTap(event: MouseEvent): void {
  if (event.detail > 1) event.preventDefault();
}

/** The locale key of the question's warning, while its condition holds. */
function warningFor(question: QuestionId, answers: Answers): string | undefined {
  const spec = QUESTIONS[question];
  return 'warning' in spec && CONDITIONS[spec.warning.when](answers) ? `questions.${question}.${spec.warning.text}` : undefined;
}

/** One question per page: the question is the legend and the page's h1 (GOV.UK question page). */
export function QuestionPage({ question, Help, Checker }: Props) {
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
  const spec = QUESTIONS[question];
  const checker = 'checker' in spec ? spec.checker : undefined;
  const warning = warningFor(question, answers);

  const base = `questions.${question}`;
  // Translated once per question and language: choosing an option re-renders only what it changes.
  const text = useMemo(
    () => ({
      title: t(`${base}.title`),
      hint: t(`${base}.hint`),
      error: t(`${base}.error`),
      choices: options.map((option) => ({ value: option as string, label: t(`${base}.options.${option}`) })),
    }),
    [t, base, options],
  );
  const { title, error } = text;
  useDocumentTitle(showError ? `${t('form.errorPrefix')} ${title}` : title);

  const firstOptionId = choiceId(question, options[0]);
  const describedBy = [`${question}-hint`, 'help' in spec ? `${question}-help` : '', showError ? `${question}-error` : ''].filter(Boolean).join(' ');

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
      {showError && <ErrorSummary errors={[{ message: error, targetId: firstOptionId }]} attempt={attempt} />}
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
          </div>
          {warning && (
            <p className="warning-text">
              <IsolatedText>{t(warning)}</IsolatedText>
            </p>
          )}
          {showError && (
            <ErrorMessage id={`${question}-error`} message={error} />
          )}
          <ChoiceList
            type="radio"
            idPrefix={question}
            name={question}
            choices={text.choices}
            isChecked={(option) => selected === option}
            onChange={setSelected}
          />
          {/* How to find the answer, after the answers: who knows it answers on the first screen. */}
          {'help' in spec && (
            <div id={`${question}-help`} className="hint question-help">
              <Suspense fallback={null}>
                <Help question={question} answers={answers} />
              </Suspense>
            </div>
          )}
        </fieldset>
        <button type="submit" className="button" onClick={ignoreRepeatedTap}>
          {t('form.continue')}
        </button>
      </form>
      {checker && (
        // Below the form: it can follow the question's first paint.
        <SecondPass>
          <Suspense fallback={null}>
            <Checker kind={checker} />
          </Suspense>
        </SecondPass>
      )}
    </>
  );
}
