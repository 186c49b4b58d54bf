import { useMemo, useState, type ReactNode } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useSecondPass } from '../../../lib/use-second-pass';
import { useWizard, useWizardActor } from '../../../stores/wizard-actor';
import { CONDITIONS } from '../../../journey/flow';
import { buildChecklist, buildLadder, keepWorkingSteps } from '../../../outcome/build-checklist';
import { AnswerSummary } from './AnswerSummary';
import { FactsChecked } from './FactsChecked';
import { ChecklistProgress } from './ChecklistProgress';
import { ChecklistStep } from './ChecklistStep';
import { FixLadder } from './FixLadder';
import { useOpenAtNextStep } from './use-open-at-next-step';
import { OfflineStatus } from './OfflineStatus';
import { ShareTools } from './ShareTools';
import { usePrinting } from './use-printing';
import '../headings.css';
import '../checklist.css';

const FIRST_PAINT_STEPS = 4;

interface Props {
  /** A tool to show inside a step, by step ID (passed in: features do not import each other). */
  readonly stepTools?: Readonly<Partial<Record<string, ReactNode>>>;
}

/**
 * The result: ordered steps to tick off, each with its tool, sharing, and the answers to change. On
 * the way in that starts from the symptom, the fixes come one at a time, the whole list a tap away
 * (and always whole in print, share and copy).
 */
export function ChecklistPage({ stepTools = {} }: Props) {
  const { t } = useAppText();
  const actor = useWizardActor();
  const answers = useWizard((snapshot) => snapshot.context.answers);
  const done = useWizard((snapshot) => snapshot.context.done);
  const steps = useMemo(() => buildChecklist(answers), [answers]);
  const ladder = useMemo(() => buildLadder(answers), [answers]);
  const keepWorking = useMemo(() => keepWorkingSteps(answers), [answers]);
  const [wholeList, setWholeList] = useState(false);
  const printing = usePrinting();
  const onLadder = CONDITIONS.troubleshooting(answers) && ladder.length > 0;
  const oneAtATime = onLadder && !wholeList && !printing;
  // The heading and the first steps paint at once; the other steps, sharing, the tools and the
  // answers follow in a background render a moment later, so the page appears sooner on a slow phone.
  const complete = useSecondPass();
  const shownSteps = complete ? steps : steps.slice(0, FIRST_PAINT_STEPS);
  useOpenAtNextStep(steps, done, complete && !oneAtATime);
  const title = t('checklist.title');
  useDocumentTitle(title);
  const viewSwitch = onLadder && (
    <button type="button" className="step-fold view-switch" onClick={() => setWholeList(!wholeList)}>
      {t(wholeList ? 'checklist.ladder.showOne' : 'checklist.ladder.showAll')}
    </button>
  );
  return (
    <>
      <PageHeading>
        <IsolatedText>{title}</IsolatedText>
      </PageHeading>
      <p className="lead">
        <IsolatedText>{t(oneAtATime ? 'checklist.ladder.lead' : 'checklist.lead')}</IsolatedText>
      </p>
      {viewSwitch}
      {oneAtATime ? (
        <FixLadder ladder={ladder} keepWorking={keepWorking} stepTools={complete ? stepTools : {}} />
      ) : (
        <>
          <ChecklistProgress steps={steps} done={done} />
          <ol className="checklist">
            {shownSteps.map((step) => (
              <ChecklistStep
                key={step}
                step={step}
                done={done.includes(step)}
                tool={complete ? stepTools[step] : undefined}
                onToggle={() => actor.send({ type: 'TOGGLE_STEP', step })}
              />
            ))}
          </ol>
        </>
      )}
      {complete && (
        <>
          <ShareTools steps={steps} ladder={onLadder ? ladder : []} />
          <AnswerSummary />
          <FactsChecked steps={steps} />
          <OfflineStatus />
        </>
      )}
    </>
  );
}
