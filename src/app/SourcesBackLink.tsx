import { useAppText } from '../i18n/app-text';
import { urlForStep } from '../journey/step-url';
import type { StepId } from '../journey/steps';
import { closeSourcesPage } from '../stores/sources-page';

/** Back from the sources page to the step underneath, as the person left it. */
export function SourcesBackLink({ step }: { readonly step: StepId }) {
  const { t } = useAppText();
  return (
    <a
      className="back-link"
      href={urlForStep(step)}
      onClick={(click) => {
        click.preventDefault();
        closeSourcesPage();
      }}
    >
      {t('nav.back')}
    </a>
  );
}
