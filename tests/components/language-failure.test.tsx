import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { heading, renderApp } from '../support/render-app';

// The Chinese locale cannot be fetched (offline before it was ever cached, say).
vi.mock('locale-part:zh/core', () => {
  throw new Error('network error');
});

describe('a locale that fails to load', () => {
  it('keeps the current language and page, and says what happened', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('That language could not be loaded'),
    );
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(heading()).toHaveTextContent('Which device will share its internet?');
  });
});
