import { describe, expect, it } from 'vitest';
import { openWith, setUpBrowser } from './browser';
import { LANGUAGES } from './screens';

const PHONE = { width: 360, height: 740 };
const open = setUpBrowser(PHONE);
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Infinix X6833B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const DESKTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
/** Not sure of PTA or the data left, on Jazz: the checklist has the PTA check and Jazz's balance step. */
const ANSWERS = { device: 'android', androidBrand: 'transsion', connectDevice: 'windows', esimSupport: 'yes', pta: 'notSure', carrier: 'jazz', esimState: 'active', mobileData: 'yes', dataBalance: 'notSure', hotspotIssue: 'notSetUp' };
const IMEI_CODE = '[data-step="ptaCheckStatus"] [data-fact="imeiDial"]';
const SMS_CODE = '[data-step="ptaCheckStatus"] [data-fact="ptaSms"]';

describe('codes on a phone in Chromium', () => {
  for (const language of LANGUAGES) {
    it(`${language}: on an Android phone a USSD code is a thumb-sized tel: link (# encoded) with Copy beside it, and an SMS code an sms: link`, async () => {
      const { page } = await open({ userAgent: ANDROID, hasTouch: true });
      await openWith(page, { language, answers: ANSWERS, step: 'checklist' });
      const dial = page.locator(`${IMEI_CODE} a[href^="tel:"]`);
      await dial.waitFor();
      expect(await dial.getAttribute('href')).toBe('tel:*%2306%23');
      const box = (await dial.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.locator(`${IMEI_CODE} .fact-copy button`).count()).toBe(1);
      expect(await page.locator(`${SMS_CODE} a`).getAttribute('href')).toBe('sms:8484');
    });
  }

  it('on a desktop browser the same codes are text with Copy only', async () => {
    const { page } = await open({ userAgent: DESKTOP });
    await openWith(page, { answers: ANSWERS, step: 'checklist' });
    await page.locator(`${IMEI_CODE} .fact-copy button`).waitFor();
    expect(await page.locator('a[href^="tel:"], a[href^="sms:"]').count()).toBe(0);
  });
});
