import { useAppText } from '../../../i18n/app-text';
import { backTarget } from '../../../journey/path';
import type { StepId } from '../../../journey/steps';
import { StepLink } from '../../../components/StepLink';
import { useWizard } from '../../../stores/wizard-actor';

const BACK = { type: 'BACK' } as const;

/** GOV.UK back link, above the main content: the previous step, as the person left it. */
export function BackLink({ step }: { step: StepId }) {
  const { t } = useAppText();
  // The machine's own rule for Back.
  const target = useWizard((snapshot) => backTarget(step, snapshot.context.answers, snapshot.context.changing));
  return (
    <StepLink className="back-link" step={target} event={BACK}>
      {t('nav.back')}
    </StepLink>
  );
}
