import { useEffect, useRef } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';

interface Props {
  message: string;
  /** The id of the field the message is about. */
  targetId: string;
  /** Changes on every failed submit, so focus returns to the summary each time. */
  attempt: number;
}

/** GOV.UK error summary: focused when shown, its link moves focus to the field. */
export function ErrorSummary({ message, targetId, attempt }: Props) {
  const { t } = useAppText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary-list">
        <li>
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
      </ul>
    </div>
  );
}
