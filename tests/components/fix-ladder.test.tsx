import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildLadder, keepWorkingSteps } from '../../src/outcome/build-checklist';
import type { Answers } from '../../src/journey/flow';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { answerEach, renderApp } from '../support/render-app';

/** The fix on screen, by its step ID, or the ladder's end state. */
const ladder = () => document.querySelector<HTMLElement>('[data-ladder]');
const fixShown = () => ladder()?.dataset.step;

const NO_INTERNET_ANDROID = ['Devices join, but get no internet', 'Android phone', 'Samsung', 'Jazz'];
const NO_INTERNET_ANSWERS: Answers = { wayIn: 'fix', hotspotIssue: 'noInternet', device: 'android', androidBrand: 'samsung', carrier: 'jazz' };
const FIXES = buildLadder(NO_INTERNET_ANSWERS);

/** Opens the start page's second way in and answers its questions. */
async function troubleshoot(labels: readonly string[]) {
  const app = await renderApp();
  await app.user.click(screen.getByRole('link', { name: 'My hotspot is set up, but something is wrong' }));
  await answerEach(app.user, labels);
  await waitFor(() => expect(ladder()).not.toBeNull());
  return app;
}

async function sayNo(app: Awaited<ReturnType<typeof renderApp>>) {
  const before = fixShown();
  await app.user.click(screen.getByRole('button', { name: "No, it still doesn't work" }));
  await waitFor(() => expect(fixShown()).not.toBe(before));
}

describe('straight to the fix: one fix at a time', () => {
  it('reaches the VPN and data-line fixes for "joined but no internet" on Android in four answers', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    const seen: string[] = [];
    while (ladder()?.dataset.ladder === 'trying') {
      seen.push(fixShown()!);
      await sayNo(app);
    }
    expect(seen).toEqual(FIXES);
    expect(seen).toEqual(expect.arrayContaining(['fixVpnAndroid', 'dataLineAndroid']));
    expect(seen.indexOf('fixVpnAndroid')).toBeLessThan(seen.indexOf('fixUpdateSoftware'));
  });

  it('shows one fix with its place on the ladder, and focus moves to each new fix', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    expect(fixShown()).toBe(FIXES[0]);
    expect(within(ladder()!).getByText(`Fix 1 of ${FIXES.length}`)).toBeInTheDocument();
    expect(document.querySelectorAll('[data-step]')).toHaveLength(1);
    await sayNo(app);
    expect(within(ladder()!).getByText(`Fix 2 of ${FIXES.length}`)).toBeInTheDocument();
    expect(document.getElementById('ladder-heading')).toHaveFocus();
    await app.user.click(screen.getByRole('button', { name: 'Back to the previous fix' }));
    await waitFor(() => expect(fixShown()).toBe(FIXES[0]));
  });

  it('No, No, Yes ends with how to keep it working', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    await sayNo(app);
    await sayNo(app);
    await app.user.click(screen.getByRole('button', { name: 'Yes, it works now' }));
    await waitFor(() => expect(ladder()?.dataset.ladder).toBe('fixed'));
    expect(document.getElementById('ladder-heading')).toHaveTextContent('Good. Here is how to keep it working');
    expect(document.getElementById('ladder-heading')).toHaveFocus();
    const keep = [...ladder()!.querySelectorAll<HTMLElement>('[data-step]')].map((item) => item.dataset.step);
    expect(keep).toEqual(keepWorkingSteps(NO_INTERNET_ANSWERS));
    expect(keep).toContain('safetyConnectedDevices');
    await waitFor(() => expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').fixedBy).toBe(FIXES[2]));
    // It stopped working again: the next fix.
    await app.user.click(screen.getByRole('button', { name: 'It stopped working again: go on to the next fix' }));
    await waitFor(() => expect(fixShown()).toBe(FIXES[3]));
  });

  it('a reload in the middle of the ladder resumes on the same fix', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    await sayNo(app);
    await sayNo(app);
    expect(fixShown()).toBe(FIXES[2]);
    await waitFor(() => expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').done).toEqual(FIXES.slice(0, 2)));
    await app.reload();
    await waitFor(() => expect(fixShown()).toBe(FIXES[2]));
    expect(within(ladder()!).getByText(`Fix 3 of ${FIXES.length}`)).toBeInTheDocument();
  });

  it('a shared link from the middle of the ladder opens on the same fix on another device', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    await sayNo(app);
    await sayNo(app);
    const whatsApp = await screen.findByRole('link', { name: 'Send on WhatsApp' });
    const text = new URL(whatsApp.getAttribute('href')!).searchParams.get('text')!;
    const shared = new URL(text.match(/https?:\/\/\S+/)![0]);
    expect(shared.searchParams.get('a')).toContain(`tried-${FIXES[0]}_${FIXES[1]}`);
    app.unmount();
    app.dispose();
    localStorage.clear();
    window.history.replaceState(null, '', `/${shared.search}`);
    await renderApp();
    await waitFor(() => expect(fixShown()).toBe(FIXES[2]));
    expect(within(ladder()!).getByText(`Fix 3 of ${FIXES.length}`)).toBeInTheDocument();
  });

  it('switching to Urdu keeps the ladder’s position', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    await sayNo(app);
    await sayNo(app);
    await app.user.click(screen.getByRole('link', { name: 'اردو' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'نہیں، اب بھی نہیں چل رہا' })).toBeInTheDocument());
    expect(fixShown()).toBe(FIXES[2]);
    expect(ladder()!.querySelector('.ladder-position')).toHaveTextContent(`${FIXES.length} میں سے حل نمبر 3`);
  });

  it('keeps the whole list one tap away, with every fix and the keep-working steps', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    await sayNo(app);
    await app.user.click(screen.getByRole('button', { name: 'Show every step at once' }));
    await waitFor(() => expect(ladder()).toBeNull());
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')].map((item) => item.dataset.step);
    expect(steps).toEqual([...FIXES, ...keepWorkingSteps(NO_INTERNET_ANSWERS)]);
    // The fix said not to work is ticked in the list too.
    expect(screen.getByRole('checkbox', { name: new RegExp(`Done`) , checked: true })).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Show one fix at a time' }));
    await waitFor(() => expect(fixShown()).toBe(FIXES[1]));
  });

  it('when no fix worked, offers a message for the network with the answers and the fixes tried', async () => {
    const app = await troubleshoot(NO_INTERNET_ANDROID);
    while (ladder()?.dataset.ladder === 'trying') await sayNo(app);
    expect(ladder()?.dataset.ladder).toBe('exhausted');
    expect(document.getElementById('ladder-heading')).toHaveFocus();
    const message = screen.getByRole('textbox', { name: 'Your message' }) as HTMLTextAreaElement;
    for (const line of ['Device: Android phone', 'Phone brand: Samsung', 'Network: Jazz', 'Hotspot: Devices join, but get no internet']) {
      expect(message.value).toContain(line);
    }
    expect(message.value).toMatch(/1\. .+\n2\. /);
    expect(message.value.match(/^\d+\. /gm)).toHaveLength(FIXES.length);
    // English is the language on screen: no second copy.
    expect(screen.queryByRole('textbox', { name: /in English/ })).toBeNull();

    await app.user.click(screen.getByRole('radio', { name: 'Yes, it is registered' }));
    expect(message.value).toContain('PTA registration: Yes, it is registered');
    await app.user.type(message, ' My number is 0300.');
    expect(message.value).toMatch(/My number is 0300\.$/);

    const whatsApp = within(ladder()!).getByRole('link', { name: 'Send on WhatsApp' });
    expect(decodeURIComponent(new URL(whatsApp.getAttribute('href')!).searchParams.get('text')!)).toBe(message.value);
    const jazz = screen.getByRole('link', { name: "Open Jazz's WhatsApp" });
    expect(jazz.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/923003008000\?text=/);
    expect(screen.getByText(/automatic service/)).toBeInTheDocument();
    expect(within(ladder()!).getByText('111')).toBeInTheDocument();
  });
});
