// The code of question parts shown on a few questions only; kept free of other imports so start-up
// can fetch it ahead of need without loading anything else.

export const loadQuestionHelp = () => import('./QuestionHelp').then((module) => module.QuestionHelp);

export const loadIdentifierChecker = () =>
  import('../../tools/components/IdentifierChecker').then((module) => module.IdentifierChecker);
