import { describe, expect, it } from 'vitest';
import { saveJourney } from '../../src/stores/journey-storage';
import { screen, waitFor } from '@testing-library/react';
import { addressShows, checklistShown, heading, renderApp, savedAnswersAre } from '../support/render-app';

const SHARED = { device: 'android', androidBrand: 'vivo', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'ufone', mobileData: 'yes', dataBalance: 'enough', hotspotIssue: 'slow' };
const LINK = `/?a=2.${Object.entries(SHARED).map(([question, option]) => `${question}-${option}`).join('.')}`;

describe('a shared link', () => {
  it('is kept on a device with nothing saved, so a reload opens the same checklist', async () => {
    window.history.replaceState(null, '', LINK);
    const app = await renderApp();
    await checklistShown();
    await savedAnswersAre(SHARED);
    await app.reload();
    await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(document.querySelector('[data-step="hotspotOnVivo"]')).not.toBeNull();
  });

  const OWN = { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'notSure' } as const;

  /** Opens the link on a device that holds the person's own journey, at the network question. */
  async function openOverOwnJourney() {
    saveJourney({ answers: OWN, step: 'carrier', done: [] });
    window.history.replaceState(null, '', LINK);
    const app = await renderApp();
    await checklistShown();
    return app;
  }

  it('asks first when it would replace a journey of the person’s own, which stays saved meanwhile, even across a reload', async () => {
    const app = await openOverOwnJourney();
    expect(document.querySelector('[data-step="hotspotOnVivo"]')).not.toBeNull();
    expect(await screen.findByText(/You opened a checklist someone shared with you/)).toBeInTheDocument();
    await savedAnswersAre(OWN);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('a')).toBe(LINK.slice('/?a='.length)));
    await app.reload();
    await checklistShown();
    expect(await screen.findByRole('button', { name: 'Keep the shared checklist' })).toBeInTheDocument();
    await savedAnswersAre(OWN);
  });

  it('keeps the shared checklist when asked to: saved, and the address no longer carries the link', async () => {
    const { user } = await openOverOwnJourney();
    await user.click(await screen.findByRole('button', { name: 'Keep the shared checklist' }));
    await savedAnswersAre(SHARED);
    expect(screen.queryByText(/You opened a checklist someone shared with you/)).not.toBeInTheDocument();
    expect(heading()).toHaveFocus();
    await addressShows('checklist');
    expect(new URLSearchParams(window.location.search).has('a')).toBe(false);
  });

  it('keeps the person’s own answers when asked to, where they left off', async () => {
    const { user } = await openOverOwnJourney();
    await user.click(await screen.findByRole('button', { name: 'Keep my own answers' }));
    expect(heading()).toHaveTextContent('Which mobile network is the line on?');
    await addressShows('carrier');
    expect(new URLSearchParams(window.location.search).has('a')).toBe(false);
    await savedAnswersAre(OWN);
  });
});
