import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEY_KEY } from '../../src/stores/journey-storage';
import { addressShows, answer, heading, renderApp } from '../support/render-app';
import { startJourney } from '../support/start-journey';

describe('the wizard in the browser', () => {
  it('resumes after a reload: language, answers and step', async () => {
    const app = await startJourney();
    await answer(app.user, 'iPhone');
    await answer(app.user, 'A Windows laptop or PC with Wi-Fi');
    await answer(app.user, 'Yes');
    await app.user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'zh-CN'));
    // A reload reads the address: it must already name the question shown.
    await addressShows('pta');
    await app.reload();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('pta');
    expect(heading()).toHaveTextContent('PTA');
    await app.user.click(screen.getByRole('link', { name: '返回' }));
    expect(screen.getByRole('radio', { checked: true })).toHaveAttribute('value', 'yes');
  });

  it('offers to continue on the start page when progress is saved', async () => {
    localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 1, step: 'start', answers: { device: 'ipad' } }));
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    expect(heading()).toHaveTextContent('Which device do you want to put online?');
  });

  it('starts fresh, with a notice, when the saved data is corrupted', async () => {
    localStorage.setItem(JOURNEY_KEY, '{"version":1,"step":"carrier","answers":{"device":"<script>"}}');
    window.history.replaceState(null, '', '/?step=carrier');
    await renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Your saved answers could not be read');
    expect(heading()).toHaveTextContent('Which device will share its internet?');
    expect(localStorage.getItem(JOURNEY_KEY) ?? '').not.toContain('<script>');
  });

  it('Start again clears the answers', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    await user.click(screen.getByRole('link', { name: 'Start again' }));
    expect(heading()).toHaveTextContent('Which device will share its internet?');
    expect(screen.getByRole('radio', { name: 'iPhone' })).not.toBeChecked();
    await waitFor(() => expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').answers).toEqual({}));
  });
});
