import { describe, expect, it } from 'vitest';
import { baseUrl, choose, headingText, setUpBrowser, stepInUrl, waitForApp } from './browser';

const open = setUpBrowser();
const origin = () => new URL(baseUrl()).origin;

/**
 * A whole journey's link, in the format the app writes now and in the one it wrote before the
 * connecting-device question (which that link opens at), with the step and heading each opens.
 */
const LINKS = [
  '2.device-iphone.connectDevice-windows.esimSupport-yes.pta-registered.carrier-zong.esimState-active.mobileData-yes.dataBalance-notSure.hotspotIssue-missing',
  '1.0-0-010031',
];
const OPENS = [
  { step: 'checklist', heading: 'Your hotspot checklist' },
  { step: 'connectDevice', heading: 'Which device do you want to put online?' },
];

describe('an address whose path starts with more than one slash', () => {
  it.each(LINKS.map((link, index) => [link, OPENS[index]] as const))('opens the shared link //?a=%s on this app, with the address on this app', async (link, opens) => {
    const { page } = await open();
    await page.goto(`${origin()}//?a=${link}`);
    await waitForApp(page);
    await expect.poll(() => headingText(page)).toBe(opens.heading);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => stepInUrl(page)).toBe(opens.step);
  });

  it.each(['//', '///'])('keeps history at %s?step=device: Continue moves on, Back returns', async (path) => {
    const { page } = await open();
    await page.goto(`${origin()}${path}?step=device`);
    await waitForApp(page);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await choose(page, 'iphone');
    await expect.poll(() => stepInUrl(page)).toBe('connectDevice');
    await page.goBack();
    await expect.poll(() => headingText(page)).toBe('Which device will share its internet?');
    expect(new URL(page.url()).origin).toBe(origin());
  });

  it('shares a link on this app from such an address', async () => {
    const { page } = await open();
    await page.goto(`${origin()}//?a=${LINKS[0]}`);
    await waitForApp(page);
    const whatsApp = page.getByRole('link', { name: 'Send on WhatsApp' });
    const text = new URL((await whatsApp.getAttribute('href')) ?? '').searchParams.get('text') ?? '';
    expect(text).toContain(`${origin()}/?a=2.device-iphone`);
    expect(text).not.toContain(`${origin()}//`);
  });
});
