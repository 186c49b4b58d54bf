import type { ReactNode } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { FactList } from '../../../components/FactList';
import { IsolatedText } from '../../../components/IsolatedText';
import { stepFacts, stepNotes, stepTextKey } from '../../../content/catalog';

interface Props {
  readonly step: string;
  /** A tool that helps with this step, shown after its text (not printed). */
  readonly tool?: ReactNode;
  readonly id?: string;
}

/** What a step says to do: its text, its notes, its codes and numbers, and its tool. */
export function StepContent({ step, tool, id }: Props) {
  const { t } = useAppText();
  const key = stepTextKey(step);
  return (
    <div className="step-body" id={id}>
      <p>
        <IsolatedText>{t(`${key}.body`)}</IsolatedText>
      </p>
      {stepNotes(step).map((note) => (
        <p key={note}>
          <IsolatedText>{t(note)}</IsolatedText>
        </p>
      ))}
      <FactList facts={stepFacts(step)} />
      {tool !== undefined && <div className="step-tool">{tool}</div>}
    </div>
  );
}
