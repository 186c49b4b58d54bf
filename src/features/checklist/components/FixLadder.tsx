import type { ReactNode } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { stepTextKey } from '../../../content/catalog';
import { useWizard, useWizardActor } from '../../../stores/wizard-actor';
import { ladderPosition, triedFixes } from '../../../outcome/fix-ladder';
import { ChecklistStep } from './ChecklistStep';
import { NetworkMessage } from './NetworkMessage';
import { StepContent } from './StepContent';
import { useFocusOnChange } from './use-focus-on-change';

interface Props {
  readonly ladder: readonly string[];
  readonly keepWorking: readonly string[];
  readonly stepTools: Readonly<Partial<Record<string, ReactNode>>>;
}

/**
 * The fixes for the symptom, one at a time, each asking "Did this fix it?": yes shows how to keep it
 * working, no the next fix, and past the last one a message for the network. Where the person is
 * follows from the wizard's ticks and the fix that worked, so a reload or a language switch keeps it.
 */
export function FixLadder({ ladder, keepWorking, stepTools }: Props) {
  const { t } = useAppText();
  const actor = useWizardActor();
  const answers = useWizard((snapshot) => snapshot.context.answers);
  const done = useWizard((snapshot) => snapshot.context.done);
  const fixedBy = useWizard((snapshot) => snapshot.context.fixedBy);
  const position = ladderPosition(ladder, done, fixedBy);
  const heading = useFocusOnChange(position.kind === 'exhausted' ? 'exhausted' : `${position.kind}-${position.step}`);
  const titleOf = (step: string) => t(`${stepTextKey(step)}.title`);
  const tried = triedFixes(ladder, done);
  const untry = (step: string | undefined) => step !== undefined && actor.send({ type: 'TOGGLE_STEP', step });

  if (position.kind === 'fixed') {
    return (
      <section className="fix-ladder" aria-labelledby="ladder-heading" data-ladder="fixed">
        <h2 id="ladder-heading" className="heading-m" tabIndex={-1} ref={heading}>
          <IsolatedText>{t('checklist.ladder.fixedTitle')}</IsolatedText>
        </h2>
        <p>
          <IsolatedText>{t('checklist.ladder.fixedBy', { title: titleOf(position.step) })}</IsolatedText>
        </p>
        <ol className="checklist">
          {keepWorking.map((step) => (
            <ChecklistStep
              key={step}
              step={step}
              done={done.includes(step)}
              tool={stepTools[step]}
              onToggle={() => actor.send({ type: 'TOGGLE_STEP', step })}
            />
          ))}
        </ol>
        <button type="button" className="step-fold" onClick={() => actor.send({ type: 'FIX_RESULT', step: position.step, worked: false })}>
          {t('checklist.ladder.notFixed')}
        </button>
      </section>
    );
  }

  if (position.kind === 'exhausted') {
    return (
      <section className="fix-ladder" aria-labelledby="ladder-heading" data-ladder="exhausted">
        <h2 id="ladder-heading" className="heading-m" tabIndex={-1} ref={heading}>
          <IsolatedText>{t('checklist.ladder.exhaustedTitle')}</IsolatedText>
        </h2>
        <p>
          <IsolatedText>{t('checklist.ladder.exhaustedLead')}</IsolatedText>
        </p>
        <NetworkMessage answers={answers} tried={tried} />
        <button type="button" className="step-fold" onClick={() => untry(ladder.at(-1))}>
          {t('checklist.ladder.lastFix')}
        </button>
      </section>
    );
  }

  const { step, index } = position;
  return (
    <section className="fix-ladder" aria-labelledby="ladder-heading" data-ladder="trying" data-step={step}>
      <p className="ladder-position">
        <IsolatedText>{t('checklist.ladder.position', { number: index + 1, total: ladder.length })}</IsolatedText>
      </p>
      <h2 id="ladder-heading" className="heading-m" tabIndex={-1} ref={heading}>
        <IsolatedText>{titleOf(step)}</IsolatedText>
      </h2>
      <StepContent step={step} tool={stepTools[step]} />
      <h3 className="heading-s" id="ladder-question">
        <IsolatedText>{t('checklist.ladder.question')}</IsolatedText>
      </h3>
      <div className="button-group" role="group" aria-labelledby="ladder-question">
        <button type="button" className="button" onClick={() => actor.send({ type: 'FIX_RESULT', step, worked: true })}>
          {t('checklist.ladder.yes')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => actor.send({ type: 'FIX_RESULT', step, worked: false })}>
          {t('checklist.ladder.no')}
        </button>
      </div>
      {index > 0 && (
        <button type="button" className="step-fold" onClick={() => untry(ladder[index - 1])}>
          {t('checklist.ladder.previous')}
        </button>
      )}
    </section>
  );
}
