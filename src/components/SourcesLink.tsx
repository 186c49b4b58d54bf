import { useContext, type ReactNode } from 'react';
import { currentStep } from '../journey/machine/wizard-machine';
import { OPENS_SOURCES, urlForStep, withSourcesPage } from '../journey/step-url';
import { WizardActorContext } from '../stores/wizard-actor';
import './fact-list.css';

interface SourcesLinkProps {
  /** The fact whose entry the page opens at; none: its top. */
  readonly fact?: string | null;
  readonly children: ReactNode;
}

/**
 * A real link to the sources page over the step on screen. The app takes such links over (one
 * listener, app/open-sources-links.ts), so the page opens with no page load and nothing of the
 * journey lost.
 */
export function SourcesLink({ fact = null, children }: SourcesLinkProps) {
  const actor = useContext(WizardActorContext);
  // Read once as the link renders: a new step renders its links anew.
  const step = actor === null ? 'start' : currentStep(actor.getSnapshot());
  return (
    <a className="sources-link" href={withSourcesPage(urlForStep(step), fact)} {...{ [OPENS_SOURCES]: fact ?? '' }}>
      {children}
    </a>
  );
}
