import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY } from '../../src/stores/preferences';
import { addressShows, answer, heading } from '../support/render-app';
import { startJourney } from '../support/start-journey';

describe('the wizard in the browser', () => {
  it('switching to Urdu mid-journey keeps the answers and the step, and turns the page right-to-left', async () => {
    const { user } = await startJourney();
    await answer(user, 'Android phone');
    await user.click(screen.getByRole('radio', { name: 'Xiaomi, Redmi or POCO' }));
    await user.click(screen.getByRole('link', { name: 'اردو' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ur');
    await addressShows('androidBrand');
    // The choice made before switching is still selected.
    expect(screen.getByRole('radio', { checked: true })).toHaveAttribute('value', 'xiaomi');
    expect(heading().textContent).toMatch(/[\u0600-\u06FF]/);
    await waitFor(() => expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}').state?.language).toBe('ur'));

    await user.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'ltr'));
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
  });

  it('isolates codes inside Urdu text', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('link', { name: 'اردو' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    const choose = async (value: string) => {
      await user.click(document.querySelector<HTMLInputElement>(`input[value="${value}"]`)!);
      await user.click(document.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    };
    await choose('iphone');
    await choose('windows');
    await choose('notSure');
    const code = await screen.findByText('*#06#');
    expect(code.closest('bdi')).toHaveAttribute('dir', 'ltr');
    // Latin words inside the Urdu hint are isolated too.
    expect(heading().querySelector('bdi')).toHaveTextContent('EID');
  });
});
