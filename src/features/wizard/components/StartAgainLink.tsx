import { memo } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { StepLink } from '../../../components/StepLink';

const RESTART = { type: 'RESTART' } as const;

/** Clears every answer and goes back to the first question. */
export const StartAgainLink = memo(function StartAgainLink() {
  const { t } = useAppText();
  return (
    <p className="start-again">
      <StepLink step="start" event={RESTART}>
        {t('nav.startAgain')}
      </StepLink>
    </p>
  );
});
