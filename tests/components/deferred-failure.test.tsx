import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { answerEach, heading, renderApp, UFONE_JOURNEY } from '../support/render-app';

// The checklist's strings cannot be fetched the first time (offline before they were ever cached).
const network = vi.hoisted(() => ({ up: false }));

vi.mock('locale-part:en/result', async (importOriginal) => {
  if (!network.up) throw new Error('network error');
  return importOriginal();
});

describe('a later screen whose strings cannot be fetched', () => {
  it('says so with Try again, keeps the answers, and shows the checklist once the fetch works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answerEach(user, UFONE_JOURNEY);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Something went wrong on this page' })).toBeInTheDocument();
    await waitFor(() => expect(Object.keys(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').answers ?? {})).toHaveLength(9));

    network.up = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your hotspot checklist'));
    expect(document.querySelectorAll('[data-step]').length).toBeGreaterThan(0);
  });
});
