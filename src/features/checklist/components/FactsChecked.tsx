import { IsolatedText } from '../../../components/IsolatedText';
import { SourcesLink } from '../../../components/SourcesLink';
import { stepFacts } from '../../../content/catalog';
import { dateLocaleOf } from '../../../i18n/languages';
import { useAppText } from '../../../i18n/app-text';
import { formatDay } from '../../../lib/format-day';
import { latestCheck } from '../../../outcome/sources-view';

/** The day this checklist's facts were last checked, and the way to their sources. */
export function FactsChecked({ steps }: { readonly steps: readonly string[] }) {
  const { t, language } = useAppText();
  const checked = latestCheck(steps.flatMap(stepFacts), language);
  return (
    <footer className="facts-checked">
      {checked !== undefined && (
        <p>
          <IsolatedText>{t('checklist.checkedOn', { date: formatDay(checked, dateLocaleOf(language)) })}</IsolatedText>
        </p>
      )}
      <p>
        <SourcesLink>
          <IsolatedText>{t('checklist.sourcesLink')}</IsolatedText>
        </SourcesLink>
      </p>
    </footer>
  );
}
