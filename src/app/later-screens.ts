import { lazy } from 'react';
import { QuestionPage } from '../features/wizard/components/QuestionPage';
import { loadQuestionStrings, loadResultStrings } from '../i18n/i18n';
import { deferredComponent } from '../lib/deferred-component';

// Everything shown after the start page, in one place: each part's code is fetched on demand, with
// the strings it needs, and none of it is in the start page's download (ADR 0007; the build puts
// these modules in one chunk: LATER_SCREENS in vite.config.ts). The questions' code is part of
// start-up; only their strings wait.

const loadChecklistPage = () => import('../features/checklist/components/ChecklistPage').then((m) => m.ChecklistPage);
const loadResultTools = () => import('../features/tools/components/ResultTools');
const loadQuestionHelp = () => import('../features/wizard/components/QuestionHelp').then((m) => m.QuestionHelp);
const loadIdentifierChecker = () =>
  import('../features/tools/components/IdentifierChecker').then((m) => m.IdentifierChecker);

/** A question: its code is part of start-up; its strings come once the start page is on screen. */
export const questionPage = deferredComponent(() => Promise.resolve(QuestionPage), loadQuestionStrings);
/** The result page. */
export const checklistPage = deferredComponent(loadChecklistPage, loadResultStrings);
/** The result page's tools, each inside the step it helps with. */
export const HotspotTool = lazy(() => loadResultTools().then((m) => ({ default: m.HotspotHelper })));
export const BudgetTool = lazy(() => loadResultTools().then((m) => ({ default: m.NetworkDataBudget })));
export const LiveCheckTool = lazy(() => loadResultTools().then((m) => ({ default: m.ConnectedDeviceCheck })));
/** How to answer a question: shares the checklist's facts and strings. */
export const questionHelp = deferredComponent(loadQuestionHelp, loadResultStrings);
/** The number checker two questions offer. */
export const identifierChecker = deferredComponent(loadIdentifierChecker, loadResultStrings);
/** The choice between a shared link and the person's own saved journey, asked only then. */
export const linkChoice = deferredComponent(() => import('./LinkChoice').then((m) => m.LinkChoice), loadResultStrings);

/** Where the facts come from: fetched only when opened. */
export const sourcesPage = deferredComponent(
  () => import('../features/sources/components/SourcesPage').then((m) => m.SourcesPage),
  loadResultStrings,
);

/** Fetches what later screens need, code and strings, ahead of need. */
export function preloadLaterScreens(): Promise<unknown> {
  return Promise.all([
    questionPage.preload(),
    checklistPage.preload(),
    loadResultTools(),
    questionHelp.preload(),
    identifierChecker.preload(),
  ]);
}
