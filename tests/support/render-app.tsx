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
