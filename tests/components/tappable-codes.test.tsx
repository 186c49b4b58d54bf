import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { JOURNEY_KEY, JOURNEY_VERSION } from '../../src/stores/storage-keys';
import { checklistShown, heading, renderApp } from '../support/render-app';

const ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const DESKTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** Not sure of PTA or the data left, on Jazz: the checklist has the PTA check and Jazz's balance step. */
const ANSWERS = {
  device: 'iphone',
  connectDevice: 'windows',
  esimSupport: 'yes',
  pta: 'notSure',
  carrier: 'jazz',
  esimState: 'active',
  mobileData: 'yes',
  dataBalance: 'notSure',
  hotspotIssue: 'notSetUp',
};

async function openChecklistOn(userAgent: string) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: JOURNEY_VERSION, step: 'checklist', answers: ANSWERS, done: [] }));
  window.history.replaceState(null, '', '/?step=checklist');
  const app = await renderApp();
  expect(heading()).toHaveTextContent('Your hotspot checklist');
  await checklistShown();
  return app;
}

/** A fact as one step shows it. */
const fact = (step: string, id: string) => document.querySelector<HTMLElement>(`[data-step="${step}"] [data-fact="${id}"]`)!;
const linkIn = (element: HTMLElement) => within(element).queryByRole('link');

describe('codes, numbers and sites on a phone', () => {
  it('dials a USSD code, messages a short code, and opens WhatsApp and sites in a new tab on Android', async () => {
    await openChecklistOn(ANDROID);
    expect(linkIn(fact('balanceJazz', 'jazzPostpaidBalance'))).toHaveAttribute('href', 'tel:*2222%23');
    expect(linkIn(fact('balanceJazz', 'jazzPostpaidBalance'))).not.toHaveAttribute('target');
    expect(linkIn(fact('ptaCheckStatus', 'imeiDial'))).toHaveAttribute('href', 'tel:*%2306%23');
    expect(linkIn(fact('ptaCheckStatus', 'ptaSms'))).toHaveAttribute('href', 'sms:8484');
    for (const [step, id, href] of [
      ['ptaCheckStatus', 'ptaWeb', 'https://dirbs.pta.gov.pk'],
      ['balanceJazz', 'jazzWhatsApp', 'https://wa.me/923003008000'],
    ]) {
      const link = linkIn(fact(step, id))!;
      expect(link).toHaveAttribute('href', href);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('leaves USSD codes to Copy on an iPhone, whose Phone app will not dial * or # from a link', async () => {
    await openChecklistOn(IPHONE);
    expect(linkIn(fact('balanceJazz', 'jazzPostpaidBalance'))).toBeNull();
    expect(linkIn(fact('ptaCheckStatus', 'imeiDial'))).toBeNull();
    expect(linkIn(fact('ptaCheckStatus', 'ptaSms'))).toHaveAttribute('href', 'sms:8484');
    expect(within(fact('balanceJazz', 'jazzPostpaidBalance')).getByRole('button', { name: 'Copy *2222#' })).toBeInTheDocument();
  });

  it('keeps an app name as text, with no link and no Copy button', async () => {
    await openChecklistOn(ANDROID);
    const app = fact('balanceJazz', 'jazzApp');
    expect(linkIn(app)).toBeNull();
    expect(within(app).queryByRole('button')).toBeNull();
  });
});

describe('codes on a computer', () => {
  it('shows codes and short codes as text with a Copy button, and no dialler or message link', async () => {
    await openChecklistOn(DESKTOP);
    expect(document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')).toHaveLength(0);
    const code = fact('balanceJazz', 'jazzPostpaidBalance');
    expect(within(code).getByText('*2222#').tagName).toBe('CODE');
    expect(within(code).getByRole('button', { name: 'Copy *2222#' })).toBeInTheDocument();
    expect(within(fact('ptaCheckStatus', 'ptaSms')).getByRole('button', { name: 'Copy 8484' })).toBeInTheDocument();
    expect(linkIn(fact('ptaCheckStatus', 'ptaWeb'))).toHaveAttribute('href', 'https://dirbs.pta.gov.pk');
  });
});

describe('copying a code', () => {
  it('writes the code to the clipboard and says so in its live region', async () => {
    const { user } = await openChecklistOn(DESKTOP);
    const code = fact('balanceJazz', 'jazzPostpaidBalance');
    const status = within(code).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(within(code).getByRole('button', { name: 'Copy *2222#' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('*2222#');
    expect(status).toHaveTextContent('Copied.');
    expect(within(fact('ptaCheckStatus', 'ptaSms')).getByRole('status')).toBeEmptyDOMElement();
  });

  it('says when copying did not work, with the code still on screen to copy by hand', async () => {
    const { user } = await openChecklistOn(DESKTOP);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('refused'));
    const site = fact('ptaCheckStatus', 'ptaWeb');
    await user.click(within(site).getByRole('button', { name: 'Copy dirbs.pta.gov.pk' }));
    expect(within(site).getByRole('status')).toHaveTextContent(/did not work/);
  });

  it('leaves the checklist copied as text as it was: no Copy labels in it', async () => {
    const { user } = await openChecklistOn(DESKTOP);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    const text = await navigator.clipboard.readText();
    expect(text).toContain('*2222#');
    expect(text).not.toMatch(/Copy|Copied/);
  });
});

describe('codes in each language', () => {
  it('keeps the code left-to-right in Urdu and names each Copy button with its visible label and the code', async () => {
    const { user } = await openChecklistOn(ANDROID);
    for (const [language, lang] of [
      ['中文', 'zh-CN'],
      ['اردو', 'ur'],
    ]) {
      await user.click(screen.getByRole('link', { name: language }));
      await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', lang));
      const code = fact('balanceJazz', 'jazzPostpaidBalance');
      const button = within(code).getByRole('button', { name: /\*2222#/ });
      expect(button.getAttribute('aria-label')).toContain(button.textContent);
      expect(within(code).getByText('*2222#').closest('bdi')).toHaveAttribute('dir', 'ltr');
      expect(linkIn(code)!.closest('bdi')).toHaveAttribute('dir', 'ltr');
    }
    expect(within(fact('balanceJazz', 'jazzPostpaidBalance')).getByRole('button', { name: '*2222# کاپی کریں' })).toBeInTheDocument();
  });
});
