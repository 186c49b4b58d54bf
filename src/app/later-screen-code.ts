import { loadIdentifierChecker, loadQuestionHelp } from '../features/wizard/components/question-parts-code';
import { oneTaskEach } from '../lib/one-task-each';

// The code of what comes after the start page, each a chunk of its own (ADR 0007). Only import
// expressions here (and the helper that starts them), so start-up can fetch them early without
// loading anything else.

export const loadChecklistPage = () =>
  import('../features/checklist/components/ChecklistPage').then((module) => module.ChecklistPage);

export const loadResultTools = () => import('../features/tools/components/ResultTools');

/** Fetches the code of everything a journey past the start page will need, ahead of need. */
export function fetchLaterScreenCode(): Promise<unknown> {
  return oneTaskEach([loadChecklistPage, loadResultTools, loadQuestionHelp, loadIdentifierChecker]);
}
