import { IsolatedText } from '../../../components/IsolatedText';
import { stepTextKey } from '../../../content/catalog';
import { useAppText } from '../../../i18n/app-text';
import { scrollToStep, stepAnchor } from './step-anchor';

interface Props {
  readonly steps: readonly string[];
  readonly done: readonly string[];
}

/** Moves the view and focus to a step, below the progress bar that stays at the top. */
export function goToStep(step: string): void {
  const heading = document.querySelector<HTMLElement>(`#${stepAnchor(step)} h2`);
  heading?.focus({ preventScroll: true });
  scrollToStep(step);
}

/** How far the person is, and a link to the first step still to do; it stays in view as the list scrolls. */
export function ChecklistProgress({ steps, done }: Props) {
  const { t } = useAppText();
  const doneCount = steps.filter((step) => done.includes(step)).length;
  const next = steps.findIndex((step) => !done.includes(step));
  return (
    <div className="checklist-progress">
      <p className="progress" role="status">
        <IsolatedText>{t('checklist.progress', { done: doneCount, total: steps.length })}</IsolatedText>
      </p>
      {next === -1 ? (
        <p className="progress-next">
          <IsolatedText>{t('checklist.allDone')}</IsolatedText>
        </p>
      ) : (
        <p className="progress-next">
          <a
            href={`#${stepAnchor(steps[next])}`}
            onClick={(click) => {
              click.preventDefault();
              goToStep(steps[next]);
            }}
          >
            <IsolatedText>{t('checklist.next', { number: next + 1, title: t(`${stepTextKey(steps[next])}.title`) })}</IsolatedText>
          </a>
        </p>
      )}
    </div>
  );
}
