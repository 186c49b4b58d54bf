import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { bootstrap } from '../../src/app/bootstrap';

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

/** Chooses an option by its visible label and presses Continue. */
export async function answer(user: ReturnType<typeof userEvent.setup>, label: string | RegExp) {
  await user.click(screen.getByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: /continue|继续|جاری/i }));
}

/** Option labels of a whole English journey (iPhone on Ufone, hotspot not set up yet), in order. */
export const UFONE_JOURNEY = [
  'iPhone',
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
