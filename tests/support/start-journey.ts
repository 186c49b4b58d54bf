import { screen } from '@testing-library/react';
import { renderApp } from './render-app';

/** Renders the app and presses Start now: the first question is shown. */
export async function startJourney() {
  const app = await renderApp();
  await app.user.click(screen.getByRole('link', { name: 'Start now' }));
  return app;
}
