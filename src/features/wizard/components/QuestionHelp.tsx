import { useAppText } from '../../../i18n/app-text';
import { FactList } from '../../../components/FactList';
import { IsolatedText } from '../../../components/IsolatedText';
import { QUESTIONS, type Answers, type QuestionId } from '../../../journey/flow';
import { guessPhone } from '../../../lib/phone-guess';
import { resolveHelp } from '../../../outcome/question-help';

/** Paragraphs and codes that help answer a question; they share the checklist's strings and facts. */
export function QuestionHelp({ question, answers }: { question: QuestionId; answers: Answers }) {
  const { t } = useAppText();
  const spec = QUESTIONS[question];
  const help = resolveHelp('help' in spec ? spec.help : [], answers, guessPhone(navigator.userAgent));
  return (
    <>
      {help.texts.map((key) => (
        <p key={key}>
          <IsolatedText>{t(key)}</IsolatedText>
        </p>
      ))}
      <FactList facts={help.facts} />
    </>
  );
}
