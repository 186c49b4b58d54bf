import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEY_KEY } from '../../src/stores/journey-storage';
import { PREFERENCES_KEY } from '../../src/stores/preferences';
import { answer, heading, renderApp } from '../support/render-app';

async function startJourney() {
  const app = await renderApp();
  await app.user.click(screen.getByRole('link', { name: 'Start now' }));
  return app;
}

describe('the wizard in the browser', () => {
  it('walks a full journey to a tailored checklist', async () => {
    const { user } = await startJourney();
    expect(heading()).toHaveTextContent('Which device will share its internet?');
    expect(heading()).toHaveFocus();
    await answer(user, 'Android phone');
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
    expect(heading()).toHaveFocus();
    await answer(user, 'Infinix, Tecno or itel');
    await answer(user, 'Yes');
    await answer(user, 'Yes, it is registered');
    await answer(user, 'Zong');
    await answer(user, 'Installed, and it has signal');
    await answer(user, 'Yes, websites open');
    expect(heading()).toHaveTextContent('How much mobile data do you have left?');
    // The balance question already shows how to check on the chosen network.
    expect(screen.getByText('*102#')).toBeInTheDocument();
    await answer(user, "I'm not sure");
    await answer(user, 'Devices join, but get no internet');

    expect(heading()).toHaveTextContent('Your hotspot checklist');
    await waitFor(() => expect(document.title).toBe('Your hotspot checklist – eSIM Hotspot Helper'));
    const steps = screen.getAllByRole('listitem').filter((item) => item.dataset.step);
    expect(steps.map((item) => item.dataset.step)).toEqual([
      'balanceZong',
      'zongBalanceSave',
      'hotspotOnTranssion',
      'hotspotNamePassword',
      'connectOtherDevice',
      'fixPhoneOwnInternet',
      'dataLineAndroid',
      'fixTetheringBlocked',
      'safetyDataUse',
      'safetyConnectedDevices',
      'safetyInFlight',
    ]);
    // An unconfirmed menu path carries its note.
    const transsion = steps.find((item) => item.dataset.step === 'hotspotOnTranssion')!;
    expect(within(transsion).getByText('Settings > Network & Internet > Hotspot & tethering')).toBeInTheDocument();
    expect(within(transsion).getByText(/Not confirmed/)).toBeInTheDocument();
  });

  it('shows a GOV.UK error when Continue is pressed with nothing chosen', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Error: Which device will share its internet? – eSIM Hotspot Helper'));
    const inline = document.getElementById('device-error')!;
    expect(inline).toHaveTextContent('Select the device that will share its internet');
    await user.click(within(summary).getByRole('link', { name: 'Select the device that will share its internet' }));
    expect(screen.getByRole('radio', { name: 'iPhone' })).toHaveFocus();
    await answer(user, 'iPhone');
    expect(heading()).toHaveTextContent('Does your device support eSIM?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns iPhone users about mainland-China models', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    expect(screen.getByText(/iPhones sold in mainland China have no eSIM/)).toBeInTheDocument();
  });

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

  it('Change from the summary re-asks only what the new answer needs', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await answer(user, 'No, it only takes a SIM card');
    await answer(user, 'Yes, it is registered');
    await answer(user, 'Jazz');
    await answer(user, 'Yes, websites open');
    await answer(user, 'Enough for what I need');
    await answer(user, "I have not set it up yet");
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(screen.getByRole('heading', { name: 'Jazz: many apps at once can put you on the base rate' })).toBeInTheDocument();

    const change = screen.getByRole('link', { name: 'Change Network' });
    await user.click(change);
    expect(heading()).toHaveTextContent('Which mobile network is the line on?');
    expect(screen.getByRole('radio', { name: 'Jazz' })).toBeChecked();
    await answer(user, 'Zong');
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(screen.queryByRole('heading', { name: 'Jazz: many apps at once can put you on the base rate' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Zong: turn on Balance Save' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Change Device' }));
    await answer(user, 'Android phone');
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
    await answer(user, 'Vivo');
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(screen.getByText('Vivo')).toBeInTheDocument();
  });

  it('switching to Urdu mid-journey keeps the answers and the step, and turns the page right-to-left', async () => {
    const { user } = await startJourney();
    await answer(user, 'Android phone');
    await user.click(screen.getByRole('radio', { name: 'Xiaomi, Redmi or POCO' }));
    await user.click(screen.getByRole('button', { name: 'اردو' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ur');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('androidBrand');
    // The choice made before switching is still selected.
    expect(screen.getByRole('radio', { checked: true })).toHaveAttribute('value', 'xiaomi');
    expect(heading().textContent).toMatch(/[\u0600-\u06FF]/);
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!).state.language).toBe('ur');

    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'ltr'));
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
  });

  it('isolates codes inside Urdu text', async () => {
    const { user } = await startJourney();
    await user.click(screen.getByRole('button', { name: 'اردو' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    const choose = async (value: string) => {
      await user.click(document.querySelector<HTMLInputElement>(`input[value="${value}"]`)!);
      await user.click(document.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    };
    await choose('iphone');
    await choose('notSure');
    const code = screen.getByText('*#06#');
    expect(code.closest('bdi')).toHaveAttribute('dir', 'ltr');
    // Latin words inside the Urdu hint are isolated too.
    expect(heading().querySelector('bdi')).toHaveTextContent('EID');
  });

  it('resumes after a reload: language, answers and step', async () => {
    const app = await startJourney();
    await answer(app.user, 'iPhone');
    await answer(app.user, 'Yes');
    await app.user.click(screen.getByRole('button', { name: '中文' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'zh-CN'));
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
    expect(heading()).toHaveTextContent('Does your device support eSIM?');
  });

  it('starts fresh, with a notice, when the saved data is corrupted', async () => {
    localStorage.setItem(JOURNEY_KEY, '{"version":1,"step":"carrier","answers":{"device":"<script>"}}');
    window.history.replaceState(null, '', '/?step=carrier');
    await renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Your saved answers could not be read');
    expect(heading()).toHaveTextContent('Which device will share its internet?');
    expect(localStorage.getItem(JOURNEY_KEY) ?? '').not.toContain('<script>');
  });

  it('a link to a step the answers cannot reach opens the furthest valid step', async () => {
    localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 1, step: 'esimSupport', answers: { device: 'iphone' } }));
    window.history.replaceState(null, '', '/?step=hotspotIssue');
    await renderApp();
    expect(heading()).toHaveTextContent('Does your device support eSIM?');
    expect(screen.getByRole('status')).toHaveTextContent('That page needs earlier answers first');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('esimSupport');
  });

  it('browser Back and Forward move between questions', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await answer(user, 'Yes');
    expect(heading()).toHaveTextContent('Is your phone registered with PTA?');
    // Each screen's history entry is added once it has been painted.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('step')).toBe('pta'));
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
    await answer(user, 'Yes');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('step')).toBe('pta'));
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
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(heading()).toHaveTextContent('Is your phone registered with PTA?');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('pta');
    expect(window.history.length).toBe(entries);
  });

  it('Start again clears the answers', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await user.click(screen.getByRole('link', { name: 'Start again' }));
    expect(heading()).toHaveTextContent('Which device will share its internet?');
    expect(screen.getByRole('radio', { name: 'iPhone' })).not.toBeChecked();
    await waitFor(() => expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').answers).toEqual({}));
  });
});
