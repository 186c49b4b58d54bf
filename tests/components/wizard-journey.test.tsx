import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer, checklistShown, heading } from '../support/render-app';
import { startJourney } from '../support/start-journey';

describe('the wizard in the browser', () => {
  it('walks a full journey to a tailored checklist', async () => {
    const { user } = await startJourney();
    expect(heading()).toHaveTextContent('Which device will share its internet?');
    expect(heading()).toHaveFocus();
    await answer(user, 'Android phone');
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
    expect(heading()).toHaveFocus();
    await answer(user, 'Infinix, Tecno or itel');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    await answer(user, 'Yes');
    await answer(user, 'Yes, it is registered');
    await answer(user, 'Zong');
    await answer(user, 'Installed, and it has signal');
    await answer(user, 'Yes, websites open');
    expect(heading()).toHaveTextContent('How much mobile data do you have left?');
    // The balance question already shows how to check on the chosen network.
    expect(await screen.findByText('*102#')).toBeInTheDocument();
    await answer(user, "I'm not sure");
    await answer(user, 'Devices join, but get no internet');

    const steps = await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    await waitFor(() => expect(document.title).toBe('Your hotspot checklist – eSIM Hotspot Helper'));
    expect(steps.map((item) => item.dataset.step)).toEqual([
      'balanceZong',
      'zongBalanceSave',
      'hotspotOnTranssion',
      'hotspotNamePassword',
      'joinWindows',
      'dataLimitWindows',
      'fixPhoneOwnInternet',
      'mobileDataSuspended',
      'fixVpnAndroid',
      'dataLineAndroid',
      'fixTetheringBlocked',
      'fixUpdateSoftware',
      'fixResetNetwork',
      'safetyDataUse',
      'safetyConnectedDevices',
      'safetyInFlight',
      'checkOnDevice',
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
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    expect(heading()).toHaveTextContent('Does your device support eSIM?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns iPhone users about mainland-China models', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    expect(screen.getByText(/iPhones sold in mainland China have no eSIM/)).toBeInTheDocument();
  });

  it('Change from the summary re-asks only what the new answer needs', async () => {
    const { user } = await startJourney();
    await answer(user, 'iPhone');
    await answer(user, 'A Windows laptop or PC with Wi-Fi');
    await answer(user, 'No, it only takes a SIM card');
    await answer(user, 'Yes, it is registered');
    await answer(user, 'Jazz');
    await answer(user, 'Yes, websites open');
    await answer(user, 'Enough for what I need');
    await answer(user, "I have not set it up yet");
    await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(screen.getByRole('heading', { name: 'Jazz: many apps at once can put you on the base rate' })).toBeInTheDocument();

    const change = screen.getByRole('link', { name: 'Change Network' });
    await user.click(change);
    expect(heading()).toHaveTextContent('Which mobile network is the line on?');
    expect(screen.getByRole('radio', { name: 'Jazz' })).toBeChecked();
    await answer(user, 'Zong');
    await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(screen.queryByRole('heading', { name: 'Jazz: many apps at once can put you on the base rate' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Zong: consider turning on Balance Save' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Change Device' }));
    await answer(user, 'Android phone');
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
    await answer(user, 'vivo');
    await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(screen.getByText('vivo')).toBeInTheDocument();
  });
});
