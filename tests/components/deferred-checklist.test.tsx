import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { answerEach, heading, renderApp, UFONE_JOURNEY } from '../support/render-app';

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
    await answerEach(user, UFONE_JOURNEY.slice(0, 6));
    // This question's help uses the checklist's strings: the question itself works without them.
    expect(heading()).toHaveTextContent(/data/i);
    await answerEach(user, UFONE_JOURNEY.slice(6));

    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    arrival.open();
    await waitFor(() => expect(heading()).toHaveTextContent('Your hotspot checklist'));
    expect(heading()).toHaveFocus();
    expect(document.querySelectorAll('[data-step]').length).toBeGreaterThan(0);
  });
});
