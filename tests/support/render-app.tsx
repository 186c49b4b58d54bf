import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, onTestFinished } from 'vitest';
import { STEP_PARAM } from '../../src/journey/url-params';
import { inNextTask } from '../../src/lib/next-task';
import { bootstrap } from '../../src/app/bootstrap';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';

/** Boots the app as main.tsx does (restore, history, storage, language) and renders it. */
export async function renderApp() {
  const booted = await bootstrap();
  // Each test's app must stop listening to history before the next test's app starts.
  onTestFinished(booted.dispose);
  const user = userEvent.setup();
  const view = render(booted.element);
  return {
    ...view,
    user,
    /** Simulates a reload: tears the app down and boots it again from storage and the address. */
    async reload() {
      view.unmount();
      booted.dispose();
      return renderApp();
    },
    dispose: booted.dispose,
  };
}

export function heading() {
  return screen.getByRole('heading', { level: 1 });
}

/**
 * Chooses an option by its visible label and presses Continue. It waits for the option: a question
 * shows once its strings have arrived, which the first question may still be waiting for.
 */
export async function answer(user: ReturnType<typeof userEvent.setup>, label: string | RegExp) {
  await user.click(await screen.findByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: /continue|继续|جاری/i }));
}

/** Option labels of a whole English journey (iPhone on Ufone, hotspot not set up yet), in order. */
export const UFONE_JOURNEY = [
  'iPhone',
  'A Windows laptop or PC with Wi-Fi',
  'Yes',
  'Yes, it is registered',
  'Ufone',
  'Installed, and it has signal',
  'Yes, websites open',
  'Enough for what I need',
  'I have not set it up yet',
] as const;

/** Answers questions in turn, one label each. */
export async function answerEach(user: ReturnType<typeof userEvent.setup>, labels: readonly string[]) {
  for (const label of labels) await answer(user, label);
}

/**
 * Waits until the checklist is on screen in full (its later steps, tools and answers come in a second
 * render, and its code and strings may still be arriving), and returns its steps.
 */
export async function checklistShown(): Promise<HTMLElement[]> {
  await waitFor(() => expect(document.getElementById('answers-title')).not.toBeNull());
  return [...document.querySelectorAll<HTMLElement>('[data-step]')];
}

/** Waits until the address names this step: a new step's history entry is added in a later task. */
export async function addressShows(step: string): Promise<void> {
  await waitFor(() => expect(new URLSearchParams(window.location.search).get(STEP_PARAM)).toBe(step));
}

/**
 * Waits until the work the app left for a later task (history entries, the tab title) has run: such
 * tasks run in the order asked for.
 */
export async function laterWorkDone(): Promise<void> {
  await act(() => new Promise<void>((resolve) => inNextTask(resolve)));
}

/** Waits until the saved journey holds these answers (saving waits for the screen to be painted). */
export async function savedAnswersAre(answers: Record<string, string>): Promise<void> {
  await waitFor(() => expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').answers).toEqual(answers));
}
