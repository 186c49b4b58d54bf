import type { ReactNode } from 'react';
import type { WizardEvent } from '../journey/machine/events';
import { urlForStep } from '../journey/step-url';
import type { StepId } from '../journey/steps';
import { useWizardActor } from '../stores/wizard-actor';

interface Props {
  /** The step the link's address names: where it leads before the app's code runs, or opened in a new tab. */
  readonly step: StepId;
  /** What the app does instead once it runs. */
  readonly event: WizardEvent;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A real link to a step, which the app takes over: it sends the wizard `event` rather than loading the page. */
export function StepLink({ step, event, className, children }: Props) {
  const actor = useWizardActor();
  return (
    <a
      className={className}
      href={urlForStep(step)}
      onClick={(click) => {
        click.preventDefault();
        actor.send(event);
      }}
    >
      {children}
    </a>
  );
}
