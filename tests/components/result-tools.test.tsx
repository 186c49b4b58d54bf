import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ALPHABET } from '../../src/features/tools/password';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { answer, heading, renderApp } from '../support/render-app';

const ANSWERS = { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'jazz', esimState: 'active', mobileData: 'yes', dataBalance: 'low', hotspotIssue: 'cantJoin' };

async function openChecklist(answers: Record<string, string> = ANSWERS) {
  localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'checklist', answers, done: [] }));
  window.history.replaceState(null, '', '/?step=checklist');
  const app = await renderApp();
  expect(heading()).toHaveTextContent('Your hotspot checklist');
  return app;
}

describe('result page tools', () => {
  it('ticks steps off, shows progress, and keeps ticks across reload, language and changed answers', async () => {
    const app = await openChecklist();
    const total = document.querySelectorAll('[data-step]').length;
    expect(screen.getByText(`0 of ${total} steps done`)).toBeInTheDocument();
    await app.user.click(screen.getByRole('checkbox', { name: 'Done Turn on Personal Hotspot' }));
    await app.user.click(screen.getByRole('checkbox', { name: 'Done Re-check the password' }));
    expect(screen.getByText(`2 of ${total} steps done`)).toBeInTheDocument();

    const reloaded = await app.reload();
    expect(screen.getByRole('checkbox', { name: 'Done Turn on Personal Hotspot' })).toBeChecked();

    await reloaded.user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'zh-CN'));
    expect(screen.getByText(`共 ${total} 步，已完成 2 步`)).toBeInTheDocument();
    await reloaded.user.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));

    // Changing the symptom drops "Re-check the password" from the list; the hotspot tick stays.
    await reloaded.user.click(screen.getByRole('link', { name: 'Change Hotspot' }));
    await reloaded.user.click(screen.getByRole('radio', { name: 'It is slow or keeps dropping' }));
    await reloaded.user.click(screen.getByRole('button', { name: 'Continue' }));
    const newTotal = document.querySelectorAll('[data-step]').length;
    await waitFor(() => expect(screen.getByText(`1 of ${newTotal} steps done`)).toBeInTheDocument());
    expect(screen.getByRole('checkbox', { name: 'Done Turn on Personal Hotspot' })).toBeChecked();
  });

  it('makes a strong ASCII password, warns about names, and shows a join QR code', async () => {
    const { user } = await openChecklist();
    const name = await screen.findByRole('textbox', { name: 'Hotspot name' });
    expect(screen.getByText(/Nothing you type here is saved or sent anywhere/)).toBeInTheDocument();
    await user.type(name, '我的热点');
    expect(screen.getByText(/Windows may not show it/)).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'A'.repeat(33));
    expect(screen.getByText(/longer than 32 bytes/)).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Ali;s,Laptop');

    const length = screen.getByRole('textbox', { name: 'Password length' });
    await user.clear(length);
    await user.type(length, '7');
    await user.click(screen.getByRole('button', { name: 'Make a strong password' }));
    expect(screen.getByText('Enter a length from 8 to 63 characters')).toBeInTheDocument();
    await user.clear(length);
    await user.type(length, '۲۰');
    await user.click(screen.getByRole('button', { name: 'Make a strong password' }));
    const password = screen.getByRole('textbox', { name: 'Password' }) as HTMLInputElement;
    expect(password.value).toHaveLength(20);
    expect(screen.queryByText('Enter a length from 8 to 63 characters')).not.toBeInTheDocument();
    expect([...password.value].every((char) => ALPHABET.includes(char))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Show a QR code to join' }));
    const qr = screen.getByRole('img', { name: 'QR code to join the Wi-Fi network Ali;s,Laptop' });
    expect(qr.getAttribute('data-payload')).toBe(`WIFI:T:WPA;S:Ali\\;s\\,Laptop;P:${password.value};;`);
    expect(localStorage.getItem(JOURNEY_KEY) ?? '').not.toContain(password.value);
  });

  it('says what is missing when a QR code is asked for too soon, and offers Copy once there is a password', async () => {
    const { user } = await openChecklist();
    const name = await screen.findByRole('textbox', { name: 'Hotspot name' });
    expect(screen.queryByRole('button', { name: 'Copy password' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show a QR code to join' }));
    expect(screen.getByText('Enter a hotspot name')).toBeInTheDocument();
    expect(screen.getByText('Enter a password of at least 8 characters')).toBeInTheDocument();
    expect(name).toHaveFocus();
    await user.type(name, 'Ali laptop');
    await user.click(screen.getByRole('button', { name: 'Show a QR code to join' }));
    expect(screen.getByRole('textbox', { name: 'Password' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Password' }), 'short');
    expect(screen.getByRole('button', { name: 'Copy password' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^QR code/ })).toBeNull();
  });

  it('refuses a password too long for a hotspot, keeping what was typed and the page', async () => {
    const { user } = await openChecklist();
    const name = (await screen.findByRole('textbox', { name: 'Hotspot name' })) as HTMLInputElement;
    fireEvent.change(name, { target: { value: '\u202e'.repeat(100_000) } });
    expect(screen.getByText(/longer than 32 bytes/)).toBeInTheDocument();
    expect(name.value).toHaveLength(100_000);
    await user.clear(name);
    await user.type(name, 'Ali laptop');
    const password = screen.getByRole('textbox', { name: 'Password' }) as HTMLInputElement;
    // Pasted: far more than a WPA passphrase holds, and than a QR code could.
    fireEvent.change(password, { target: { value: 'x'.repeat(2_400) } });
    expect(screen.getByText('Enter a password of 63 characters or fewer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show a QR code to join' }));
    expect(screen.queryByRole('img', { name: /^QR code/ })).toBeNull();
    expect(password).toHaveFocus();
    expect(password.value).toHaveLength(2_400);
    expect(heading()).toHaveTextContent('Your hotspot checklist');
  });

  it('works out how long the data lasts from Urdu digits, with GOV.UK errors', async () => {
    const { user } = await openChecklist();
    const amount = await screen.findByRole('textbox', { name: 'Data left' });
    await user.click(screen.getByRole('button', { name: 'Work it out' }));
    const summary = screen.getAllByRole('alert').find((el) => el.textContent?.includes('There is a problem'))!;
    expect(within(summary).getByText('Enter how much data you have left')).toBeInTheDocument();
    expect(within(summary).getByText('Select at least one activity')).toBeInTheDocument();

    await user.type(amount, 'abc');
    await user.click(screen.getByRole('checkbox', { name: 'Browsing websites' }));
    await user.click(screen.getByRole('button', { name: 'Work it out' }));
    expect(screen.getAllByText('Enter the amount as a number, like 1.5 or 500').length).toBeGreaterThan(0);

    await user.clear(amount);
    await user.type(amount, '۱٫۵'); // 1.5 in Urdu digits with the Arabic decimal separator
    await user.click(screen.getByRole('button', { name: 'Work it out' }));
    // 1.5 GB = 1500 MB; browsing uses 5 to 60 MB an hour, figures the sources do not confirm.
    expect(await screen.findByText('About 25 to 300 hours.')).toBeInTheDocument();
    expect(screen.getByText(/These figures are not confirmed/)).toHaveTextContent('Browsing websites');
    // Jazz's billing trap is repeated beside the estimate (and stays in the checklist).
    expect(screen.getAllByText(/holds back some MBs each time an app or website opens/)).toHaveLength(2);
  });

  it('opens a link shared before the connecting-device question: asks it, then the same checklist, in the link language', async () => {
    window.history.replaceState(null, '', '/?a=1.240-010013&lang=ur');
    const { user } = await renderApp();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('step')).toBe('connectDevice'));
    await answer(user, 'Wi-Fi والا Windows لیپ ٹاپ یا کمپیوٹر');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('step')).toBe('checklist'));
    await waitFor(() => expect(document.querySelector('[data-step="balanceZong"]')).not.toBeNull());
  });

  it('opens the first open question, with a notice, from a damaged link', async () => {
    window.history.replaceState(null, '', '/?a=1.2%3C');
    await renderApp();
    expect(heading()).toHaveTextContent('Which brand is your Android phone?');
    expect(screen.getByRole('status')).toHaveTextContent('This link was incomplete or out of date');
  });
  it('puts the date and the link on the printout at the moment Print is pressed', async () => {
    const app = await openChecklist();
    expect(document.querySelector('.print-only')).toBeNull();
    // The browser lays the printout out straight after "beforeprint": record what the page holds then.
    let printed: string | null | undefined;
    vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
      printed = document.querySelector('.print-only')?.textContent;
    });
    await app.user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(printed).toContain(`Printed on ${new Date().toLocaleDateString('en')}.`);
    expect(printed).toContain('?a=2.device-');
  });
});
