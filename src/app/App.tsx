import { Activity, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusPageHeading } from '../components/heading-focus';
import { IsolatedText } from '../components/IsolatedText';
import { Loading } from '../components/Loading';
import { useSourcesPage } from '../stores/sources-page';
import { useReturnFromSources } from './use-return-from-sources';
import { SourcesBackLink } from './SourcesBackLink';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { ScreenFailed } from '../components/ScreenFailed';
import { UpdateBanner } from '../components/UpdateBanner';
import { BackLink } from '../features/wizard/components/BackLink';
import { StartAgainLink } from '../features/wizard/components/StartAgainLink';
import { currentStep } from '../journey/machine/wizard-machine';
import { useWizard, useWizardActor } from '../stores/wizard-actor';
import { AppTextContext, appTextFor, useAppText } from '../i18n/app-text';
import type { Language } from '../i18n/languages';
import { chooseLanguage } from '../stores/preferences';
import { useLinkChoice } from '../stores/link-choice';
import { useStorageHealth } from '../stores/storage-health';
import { linkChoice, preloadLaterScreens, questionPage, sourcesPage } from './later-screens';
import { Screen } from './Screen';
import type { NoticeId } from './start-wizard';
import { useUpdateReady } from './use-update-ready';

/** The same object on every render: a new one each time makes react-i18next work out its options anew. */
const SAME_OPTIONS = {};

/** Long enough for the first question to paint before the background fetch starts. */
const PRELOAD_DELAY_MS = 300;

/** Moves focus to the new page's heading whenever the step changes (not on first load). */
function useFocusHeadingOnStepChange(step: string): void {
  const previous = useRef(step);
  // In the commit that shows the new screen, so focus never rests on the body in between.
  useLayoutEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    focusPageHeading();
  }, [step]);
}

/**
 * What the next screens need comes in the background once this one is on screen: the questions'
 * strings from the start page; once the person has begun, the later screens' code and strings.
 */
function usePreloadNextScreens(step: string): void {
  const begun = step !== 'start';
  useEffect(() => {
    // Offline before anything was cached: each screen tries again when it is shown.
    const preload = begun ? preloadLaterScreens : questionPage.preload;
    const timer = setTimeout(() => void preload().catch(() => undefined), begun ? PRELOAD_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [begun]);
}

interface AppProps {
  initialNotice?: NoticeId | null;
}

function Notice({ id }: { id: string }) {
  const { t } = useAppText();
  return (
    <div className="notice" role="status">
      <p>
        <IsolatedText>{t(`notices.${id}`)}</IsolatedText>
      </p>
    </div>
  );
}

export function App({ initialNotice = null }: AppProps) {
  const applyUpdate = useUpdateReady();
  // The app's one subscription to language changes; its parts read the text from context.
  const { t: translate, i18n } = useTranslation(undefined, SAME_OPTIONS);
  const language = i18n.language;
  const text = useMemo(() => appTextFor(translate, language), [translate, language]);
  const { t } = text;
  const actor = useWizardActor();
  const step = useWizard(currentStep);
  const [languageFailed, setLanguageFailed] = useState(false);
  // Once the browser refuses to keep anything, the app works in memory and says so on every screen.
  const keeping = useStorageHealth((state) => state.keeping);
  const choosing = useLinkChoice((choice) => choice.own !== null);
  // A notice belongs to the screen it was raised on; it goes once the person moves on.
  const [noticeStep] = useState(step);
  const notice = step === noticeStep ? initialNotice : null;
  const sourcesOpen = useSourcesPage((page) => page.open);
  const sourcesAt = useSourcesPage((page) => page.fact);
  useFocusHeadingOnStepChange(step);
  usePreloadNextScreens(step);
  useReturnFromSources(sourcesOpen);

  // Stable, so the language switcher skips the re-render of every step.
  const changeLanguage = useCallback(
    (chosen: Language) =>
      void chooseLanguage(chosen).then((outcome) => {
        if (outcome !== 'overtaken') setLanguageFailed(outcome === 'failed');
      }),
    [],
  );

  return (
    <AppTextContext.Provider value={text}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="container header-inner">
          <span className="app-name">
            <IsolatedText>{t('app.name')}</IsolatedText>
          </span>
          <LanguageSwitcher onChange={changeLanguage} />
        </div>
      </header>
      <div className="container">
        {sourcesOpen ? <SourcesBackLink step={step} /> : step !== 'start' && <BackLink step={step} />}
        <main id="main" className="main" tabIndex={-1}>
          {applyUpdate && <UpdateBanner onReload={applyUpdate} />}
          {!keeping && <Notice id="storageUnavailable" />}
          {languageFailed && <Notice id="languageFailed" />}
          {notice && <Notice id={notice} />}
          {/* The sources page is shown over the step, which stays as it was (what was typed, too). */}
          <Activity mode={sourcesOpen ? 'hidden' : 'visible'}>
            {choosing && (
              <Suspense fallback={null}>
                <linkChoice.Deferred onKeptShared={focusPageHeading} />
              </Suspense>
            )}
            <ScreenErrorBoundary
              key={step}
              fallback={(retry) => (
                <ScreenFailed
                  onRetry={retry}
                  onStartAgain={() => {
                    retry();
                    actor.send({ type: 'RESTART' });
                  }}
                />
              )}
            >
              <Screen step={step} />
            </ScreenErrorBoundary>
            {step !== 'start' && <StartAgainLink />}
          </Activity>
          {sourcesOpen && (
            <Suspense fallback={<Loading />}>
              <sourcesPage.Deferred fact={sourcesAt} />
            </Suspense>
          )}
        </main>
      </div>
    </AppTextContext.Provider>
  );
}
