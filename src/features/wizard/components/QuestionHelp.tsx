import { useAppText } from '../../../i18n/app-text';
import { FactList } from '../../../components/FactList';
import { IsolatedText } from '../../../components/IsolatedText';
import type { Answers, QuestionId } from '../flow/questions';
import { questionHelp } from '../question-help';

/** Paragraphs and codes that help answer a question; they share the checklist's strings and facts. */
export function QuestionHelp({ question, answers }: { question: QuestionId; answers: Answers }) {
  const { t } = useAppText();
  const help = questionHelp(question, answers);
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
