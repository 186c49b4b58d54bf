import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { heading } from '../support/render-app';
import { startJourney } from '../support/start-journey';

describe('a double tap on Continue', () => {
  it('answers once: the second tap, landing on the next question, shows no error', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('radio', { name: 'iPhone' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The browser counts the second tap of a double tap as the second click, wherever it lands.
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }), { detail: 2 });
    expect(heading()).toHaveTextContent('Which device do you want to put online?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Which device do you want to put online? – eSIM Hotspot Helper'));
  });

  it('still answers a single tap, and still shows the error for a Continue with nothing chosen', async () => {
    const { user } = await startJourney();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }), { detail: 1 });
    expect(screen.getByRole('alert')).toHaveTextContent('Select the device that will share its internet');
    await user.click(screen.getByRole('radio', { name: 'Android phone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }), { detail: 1 });
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
  });
});
