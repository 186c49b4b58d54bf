import { screen } from '@testing-library/react';
import { renderApp } from './render-app';

/**
 * Renders the app and presses Start now: the first question is shown (once its strings have arrived,
 * which the start page asks for as soon as it is on screen).
 */
export async function startJourney() {
  const app = await renderApp();
  await app.user.click(screen.getByRole('link', { name: 'Start now' }));
  await screen.findAllByRole('radio');
  return app;
}
