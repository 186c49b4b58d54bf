import { loadResultStrings } from '../../../i18n/i18n';
import { deferredComponent } from '../../../lib/deferred-component';
import { loadIdentifierChecker, loadQuestionHelp } from './question-parts-code';

// Both use strings from the result part of the locale, fetched with them.

/** How to check an answer: shares the checklist's facts and strings. */
export const questionHelp = deferredComponent(loadQuestionHelp, loadResultStrings);

/** Only two questions offer a number checker: its code loads with them. */
export const identifierChecker = deferredComponent(loadIdentifierChecker, loadResultStrings);
