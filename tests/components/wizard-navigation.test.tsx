import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEY_KEY } from '../../src/stores/journey-storage';
import { addressShows, laterWorkDone, answer, heading, renderApp } from '../support/render-app';
import { startJourney } from '../support/start-journey';

describe('the wizard in the browser', () => {
  it('Back keeps the answers given', async () => {
    const { user } = await startJourney();
    await answer(user, 'Android phone');
    await answer(user, 'Samsung');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
    expect(screen.getByRole('radio', { name: 'Samsung' })).toBeChecked();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Android phone' })).toBeChecked();
  });

  it('a link to a step the answers cannot reach opens the furthest valid step', async () => {
    localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 1, step: 'esimSupport', answers: { device: 'iphone' } }));
    window.history.replaceState(null, '', '/?step=hotspotIssue');
    await renderApp();
    expect(heading()).toHaveTextContent('Which device do you want to put online?');
    expect(screen.getByRole('status')).toHaveTextContent('That page needs earlier answers first');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('connectDevice');
  });

  it('browser Back and Forward move between questions', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    await answer(user, 'Yes');
    expect(heading()).toHaveTextContent('Is your phone registered with PTA?');
    // Each screen's history entry is added once it has been painted.
    await addressShows('pta');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(heading()).toHaveTextContent('Does your device support eSIM?');
    await act(async () => {
      window.history.forward();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(heading()).toHaveTextContent('Is your phone registered with PTA?');
  });

  it('quick Back and Forward add no history entries and land where the address says', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    await answer(user, 'Yes');
    await addressShows('pta');
    const entries = window.history.length;
    const travel = (move: () => void) =>
      act(async () => {
        const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        move();
        await moved;
      });
    await travel(() => window.history.back());
    await travel(() => window.history.back());
    // Forward twice before the browser paints in between.
    await travel(() => window.history.forward());
    await travel(() => window.history.forward());
    // Any history entry the moves asked for would be added by now.
    await laterWorkDone();
    expect(heading()).toHaveTextContent('Is your phone registered with PTA?');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('pta');
    expect(window.history.length).toBe(entries);
  });
});
