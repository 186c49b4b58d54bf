import { useEffect, useId, useRef } from 'react';
import { useAppText } from '../i18n/app-text';
import { IsolatedText } from './IsolatedText';

export interface FieldError {
  readonly message: string;
  /** The id of the element the link moves focus to: the field's input, or a group's first input. */
  readonly targetId: string;
}

interface Props {
  /** In the order of the fields on the page. */
  readonly errors: readonly FieldError[];
  /** Changes on every failed submit, so focus returns to the summary each time. */
  readonly attempt: number;
  /** One below the heading of the section the summary sits in. */
  readonly headingLevel?: 2 | 3 | 4;
}

/** GOV.UK error summary: focused when shown, each link moves focus to its field. */
export function ErrorSummary({ errors, attempt, headingLevel = 2 }: Props) {
  const { t } = useAppText();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <Heading id={titleId} className="error-summary-title">
        {t('form.errorSummaryTitle')}
      </Heading>
      <ul className="error-summary-list">
        {errors.map(({ message, targetId }) => (
          <li key={targetId}>
            <a
              href={`#${targetId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(targetId)?.focus();
              }}
            >
              <IsolatedText>{message}</IsolatedText>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
