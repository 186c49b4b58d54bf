import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { answer, checklistShown, heading, renderApp, savedAnswersAre } from '../support/render-app';

const failure = vi.hoisted(() => ({ checklist: false }));

vi.mock('../../src/outcome/build-checklist', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/outcome/build-checklist')>();
  return {
    ...actual,
    buildChecklist: (...args: Parameters<typeof actual.buildChecklist>) => {
      if (failure.checklist) throw new Error('simulated failure');
      return actual.buildChecklist(...args);
    },
  };
});

afterEach(() => {
  failure.checklist = false;
});

const COMPLETE = { device: 'iphone', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'ufone', mobileData: 'yes', dataBalance: 'enough', hotspotIssue: 'notSetUp' };

describe('resilience', () => {
  it('works in memory and says so when storage refuses every read and write', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = await renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('This browser is not letting the app save anything');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answer(user, 'iPhone');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    expect(heading()).toHaveTextContent('Does your device support eSIM?');
    expect(screen.getByText(/This browser is not letting the app save anything/)).toBeInTheDocument();
  });

  it('says progress is not kept as soon as a save is refused, and carries on in memory', async () => {
    const { user } = await renderApp();
    expect(screen.queryByText(/not letting the app save anything/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await answer(user, 'iPhone');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    await waitFor(() => expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').step).toBe('esimSupport'));
    // Storage fills up.
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await answer(user, 'Yes');
    expect(await screen.findByText(/This browser is not letting the app save anything/)).toBeInTheDocument();
    await answer(user, 'Yes, it is registered');
    expect(heading()).toHaveTextContent('Which mobile network is the line on?');
    expect(screen.getAllByText(/This browser is not letting the app save anything/)).toHaveLength(1);
  });

  it('keeps answers and offers Try again and Start again when a screen fails', async () => {
    localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'checklist', answers: COMPLETE, done: [] }));
    window.history.replaceState(null, '', '/?step=checklist');
    failure.checklist = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Something went wrong on this page' })).toBeInTheDocument();
    // The page around the failed screen still works, and nothing saved was lost.
    expect(screen.getByRole('link', { name: 'Back' })).toBeInTheDocument();
    await savedAnswersAre(COMPLETE);

    failure.checklist = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');

    failure.checklist = true;
    await user.click(screen.getByRole('link', { name: 'Change Network' }));
    await answer(user, 'Zong');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Start again' }));
    failure.checklist = false;
    expect(heading()).toHaveTextContent('Which device will share its internet?');
  });

  it('checks an IMEI typed in Urdu digits with dashes, and explains mistakes', async () => {
    localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'pta', answers: { device: 'android', androidBrand: 'vivo', connectDevice: 'windows', esimSupport: 'yes' }, done: [] }));
    window.history.replaceState(null, '', '/?step=pta');
    const { user } = await renderApp();
    await user.click(await screen.findByText('Check an IMEI number'));
    const input = screen.getByRole('textbox', { name: 'IMEI' });
    await user.type(input, '12345');
    await user.click(screen.getByRole('button', { name: 'Check IMEI' }));
    expect(screen.getByText('Enter all 15 digits of the IMEI')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '49-015420-323751-9');
    await user.click(screen.getByRole('button', { name: 'Check IMEI' }));
    expect(screen.getByText(/This IMEI has a typing mistake/)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '۴۹-۰۱۵۴۲۰-۳۲۳۷۵۱-۸');
    await user.click(screen.getByRole('button', { name: 'Check IMEI' }));
    await waitFor(() => expect(screen.getByText('490154203237518')).toBeInTheDocument());
    // A right check digit is only a typing check: PTA registration is checked elsewhere.
    expect(screen.getByText(/This IMEI is typed correctly/)).toBeInTheDocument();
    expect(screen.getByText(/does not tell you whether the phone is registered with PTA/)).toHaveTextContent('8484');
  });

  it('checks an EID with mod 97, whatever its first digits', async () => {
    localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'esimCheck', answers: { device: 'iphone', connectDevice: 'windows', esimSupport: 'notSure' }, done: [] }));
    window.history.replaceState(null, '', '/?step=esimCheck');
    const { user } = await renderApp();
    await user.click(await screen.findByText('Check an EID number'));
    const input = screen.getByRole('textbox', { name: 'EID' });
    const { eidCheckDigits } = await import('../../src/features/tools/eid');
    const first30 = '350000000000000000000000000001';
    await user.type(input, `${first30}${eidCheckDigits(first30)}`);
    await user.click(screen.getByRole('button', { name: 'Check EID' }));
    expect(screen.getByText(/This is a valid EID/)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, `${first30}${eidCheckDigits(first30)}`.replace(/^3/, '4'));
    await user.click(screen.getByRole('button', { name: 'Check EID' }));
    expect(screen.getByText(/This EID has a typing mistake/)).toBeInTheDocument();
  });
});
