import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { answer, heading, renderApp } from '../support/render-app';

// The checklist's strings (the result part of the English locale) arrive only when the test says so.
const arrival = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { gate, open: () => open() };
});

vi.mock('locale-part:en/result', async (importOriginal) => {
  await arrival.gate;
  return importOriginal();
});

describe('the checklist, fetched after the start page', () => {
  it('says it is loading until its strings arrive, then shows the checklist with focus on its heading', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answer(user, 'iPhone');
    await answer(user, 'Yes');
    await answer(user, 'Yes, it is registered');
    await answer(user, 'Ufone');
    await answer(user, 'Installed, and it has signal');
    await answer(user, 'Yes, websites open');
    // This question's help uses the checklist's strings: the question itself works without them.
    expect(heading()).toHaveTextContent(/data/i);
    await answer(user, 'Enough for what I need');
    await answer(user, 'I have not set it up yet');

    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    arrival.open();
    await waitFor(() => expect(heading()).toHaveTextContent('Your hotspot checklist'));
    expect(heading()).toHaveFocus();
    expect(document.querySelectorAll('[data-step]').length).toBeGreaterThan(0);
  });
});
