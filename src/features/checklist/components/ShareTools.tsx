import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { CopyStatus } from '../../../components/CopyStatus';
import { useCopy } from '../../../components/use-copy';
import { linkSearch } from '../../../journey/share-link';
import { appPath } from '../../../journey/step-url';
import { useWizard } from '../../../stores/wizard-actor';
import { checklistAsText } from '../../../outcome/checklist-text';
import { triedFixes } from '../../../outcome/fix-ladder';
import { usePrintDate } from './use-print-date';

/**
 * Share, send on WhatsApp, copy or print the checklist; the link reopens it on any device, on the
 * ladder's fix the person has reached (`ladder` is empty off the ladder).
 */
export function ShareTools({ steps, ladder }: { steps: readonly string[]; ladder: readonly string[] }) {
  const { t, language } = useAppText();
  const answers = useWizard((snapshot) => snapshot.context.answers);
  const done = useWizard((snapshot) => snapshot.context.done);
  const fixedBy = useWizard((snapshot) => snapshot.context.fixedBy);
  const [copyState, copy] = useCopy();
  const printDate = usePrintDate(language);
  const progress = ladder.length > 0 ? { tried: triedFixes(ladder, done), fixedBy } : undefined;
  const link = `${location.origin}${appPath()}${linkSearch(answers, language, progress)}`;
  const text = checklistAsText(t, language, steps, link);

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: t('checklist.title'), text, url: link });
        return;
      } catch {
        // Cancelled or refused: fall back to copying the link.
      }
    }
    await copy(link);
  }

  return (
    <section className="tool share-tools" aria-labelledby="share-title">
      <h2 id="share-title" className="heading-m">
        {t('tools.share.title')}
      </h2>
      <div className="button-group">
        <button type="button" className="button button-secondary" onClick={() => void share()}>
          {t('tools.share.share')}
        </button>
        <a
          className="button button-secondary"
          href={`https://wa.me/?text=${encodeURIComponent(text)}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('tools.share.whatsapp')}
        </a>
        <button type="button" className="button button-secondary" onClick={() => void copy(text)}>
          {t('tools.share.copyText')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('tools.share.print')}
        </button>
      </div>
      <CopyStatus state={copyState} />
      {printDate !== null && (
        <p className="print-only">
          <IsolatedText>{t('tools.share.printedOn', { date: printDate, link })}</IsolatedText>
        </p>
      )}
    </section>
  );
}
