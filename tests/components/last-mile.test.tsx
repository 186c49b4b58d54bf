import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/journey/flow';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { answer, answerEach, checklistShown, heading, renderApp } from '../support/render-app';
import { startJourney } from '../support/start-journey';

const stepIds = () => [...document.querySelectorAll<HTMLElement>('[data-step]')].map((element) => element.dataset.step!);
const item = (step: string) => document.querySelector<HTMLElement>(`[data-step="${step}"]`)!;

/** The rest of a journey once the phone and the device to connect are chosen: Zong, all working. */
const ZONG_WORKING = ['Yes', 'Yes, it is registered', 'Zong', 'Installed, and it has signal', 'Yes, websites open', 'Enough for what I need'];

/** An iPhone on Zong, all working, hotspot not set up yet: each test names the device it connects. */
const IPHONE_ZONG: Answers = {
  device: 'iphone',
  esimSupport: 'yes',
  pta: 'registered',
  carrier: 'zong',
  esimState: 'active',
  mobileData: 'yes',
  dataBalance: 'enough',
  hotspotIssue: 'notSetUp',
};

async function openChecklist(answers: Answers) {
  localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'checklist', answers, done: [] }));
  window.history.replaceState(null, '', '/?step=checklist');
  const app = await renderApp();
  await checklistShown();
  return app;
}

describe('the last mile: the device that connects', () => {
  it('asks which device to put online right after the sharing phone', async () => {
    const { user } = await startJourney();
    await answer(user, 'Android phone');
    await answer(user, 'Samsung');
    expect(heading()).toHaveTextContent('Which device do you want to put online?');
    expect(heading()).toHaveFocus();
    for (const option of ['A Windows laptop or PC with Wi-Fi', 'A MacBook or other Mac', 'A Chromebook', 'A desktop PC with no Wi-Fi', 'Another phone or tablet', 'A TV, games console or other device']) {
      expect(screen.getByRole('radio', { name: option })).toBeInTheDocument();
    }
  });

  it('gives a desktop without Wi-Fi the cable route first: USB tethering on Android', async () => {
    const { user } = await startJourney();
    await answerEach(user, ['Android phone', 'Samsung', 'A desktop PC with no Wi-Fi', ...ZONG_WORKING]);
    await answer(user, "Other devices can't see it or can't join");
    await checklistShown();
    const steps = stepIds();
    expect(steps.filter((step) => /^(usbTethering|cable|hotspotOn|hotspotNamePassword|join)/.test(step))).toEqual(['usbTetheringSamsung', 'cableWiredMetered']);
    // No Wi-Fi fixes for a cable: restart comes first.
    expect(steps).not.toContain('fixBandAndroid');
    expect(steps.indexOf('fixRestart')).toBeGreaterThan(steps.indexOf('cableWiredMetered'));
    expect(within(item('usbTetheringSamsung')).getByRole('heading', { name: /USB tethering/ })).toBeInTheDocument();
    expect(within(item('usbTetheringSamsung')).getByText('Settings > Connections > Mobile Hotspot and Tethering > Mobile Hotspot')).toBeInTheDocument();
  });

  it('gives a desktop without Wi-Fi the cable route first: an iPhone by cable, with Apple’s software', async () => {
    const { user } = await startJourney();
    await answerEach(user, ['iPhone', 'A desktop PC with no Wi-Fi', ...ZONG_WORKING, 'I have not set it up yet']);
    await checklistShown();
    const steps = stepIds();
    expect(steps.filter((step) => /^(usbTethering|cable|hotspotOn|hotspotNamePassword|join)/.test(step))).toEqual(['hotspotOnIos', 'cableIphoneWindows', 'cableWiredMetered']);
    expect(within(item('cableIphoneWindows')).getByText(/iTunes/)).toBeInTheDocument();
  });

  it('offers a phone or tablet the QR code right in its join step', async () => {
    const app = await openChecklist({
      device: 'android',
      androidBrand: 'xiaomi',
      connectDevice: 'phoneTablet',
      esimSupport: 'yes',
      pta: 'registered',
      carrier: 'jazz',
      esimState: 'active',
      mobileData: 'yes',
      dataBalance: 'enough',
      hotspotIssue: 'notSetUp',
    });
    const join = item('joinPhoneTablet');
    expect(stepIds()).not.toContain('hotspotNamePassword');
    await app.user.type(await within(join).findByLabelText('Hotspot name'), 'MyPhone');
    await app.user.type(within(join).getByLabelText('Password'), 'sunflower42');
    await app.user.click(within(join).getByRole('button', { name: 'Show a QR code to join' }));
    expect(await within(join).findByRole('img', { name: 'QR code to join the Wi-Fi network MyPhone' })).toBeInTheDocument();
  });

  it('changing the connecting device from the answers summary re-asks only that question', async () => {
    const app = await openChecklist({ ...IPHONE_ZONG, connectDevice: 'windows' });
    expect(stepIds()).toContain('joinWindows');
    await app.user.click(screen.getByRole('link', { name: /Change.*Device to connect/ }));
    expect(heading()).toHaveTextContent('Which device do you want to put online?');
    expect(screen.getByRole('radio', { name: 'A Windows laptop or PC with Wi-Fi' })).toBeChecked();
    await answer(app.user, 'A MacBook or other Mac');
    await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    const steps = stepIds();
    expect(steps).not.toContain('joinWindows');
    expect(steps.filter((step) => /^(instantHotspot|joinMac|lowDataMode)/.test(step))).toEqual(['instantHotspotMac', 'joinMac', 'lowDataModeMac']);
  });

  it.each([
    ['a TV', 'tv', 'safetyDataUseNoComputer', false],
    ['a Chromebook', 'chromebook', 'safetyDataUse', true],
  ] as const)('counts background updates in the data budget only for a computer: %s', async (_name, connectDevice, step, noted) => {
    const app = await openChecklist({ ...IPHONE_ZONG, connectDevice });
    const budget = item(step);
    await app.user.type(await within(budget).findByLabelText('Data left'), '2');
    await app.user.click(within(budget).getByLabelText('Video, standard quality'));
    await app.user.click(within(budget).getByRole('button', { name: 'Work it out' }));
    await within(budget).findByText(/^About .* hours\.$/);
    expect(within(budget).queryByText(/which this estimate does not count/) !== null).toBe(noted);
  });

  it.each([
    ['a phone or tablet gets the address as a QR code too', 'phoneTablet', true],
    ['a laptop gets the address to type', 'windows', false],
  ] as const)('ends with the live check on the connected device: %s', async (_name, connectDevice, qr) => {
    await openChecklist({ ...IPHONE_ZONG, connectDevice });
    expect(stepIds().at(-1)).toBe('checkOnDevice');
    const check = item('checkOnDevice');
    const address = `${window.location.origin}/check/?lang=en`;
    expect(await within(check).findByText(address)).toBeInTheDocument();
    expect(within(check).getByRole('button', { name: 'Copy the address' })).toBeInTheDocument();
    expect(within(check).queryByRole('img', { name: `QR code of the address ${address}` }) !== null).toBe(qr);
  });
});
