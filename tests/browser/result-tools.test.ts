import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { openWith, setUpBrowser } from './browser';

const open = setUpBrowser();
const ANSWERS = { device: 'android', androidBrand: 'pixel', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'zong', esimState: 'active', mobileData: 'yes', dataBalance: 'low', hotspotIssue: 'cantJoin' };

describe('result page in Chromium', () => {
  it('ticks survive a reload and a language switch', async () => {
    const { page } = await open();
    await openWith(page, { answers: ANSWERS, step: 'checklist' });
    await page.locator('label[for="done-hotspotOnPixel"]').click();
    await page.locator('label[for="done-fixPasswordRules"]').click();
    await expect.poll(() => page.locator('.progress').innerText()).toMatch(/^2 of \d+ steps done$/);
    await page.reload();
    await page.locator('h1').waitFor();
    expect(await page.locator('#done-hotspotOnPixel').isChecked()).toBe(true);
    await page.getByRole('link', { name: 'اردو' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('#done-fixPasswordRules').isChecked()).toBe(true);
    expect(await page.locator('.progress').innerText()).toMatch(/2/);
  });

  it('prints only the checklist, with the date and the link', async () => {
    const { page } = await open();
    await openWith(page, { language: 'ur', answers: ANSWERS, step: 'checklist' });
    await page.locator('.step-tool .tool').first().waitFor();
    // What the browser does on Print or Ctrl+P: the page hears it is about to print, then prints.
    await expect.poll(() => page.locator('.print-only').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) =>
      page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0);
    expect(await visible('.checklist')).toBe(true);
    expect(await visible('h1')).toBe(true);
    expect(await visible('.print-only')).toBe(true);
    for (const hidden of ['.header', '.back-link', '.step-tool', '.share-tools .button-group', '.summary-list', '.start-again', '.step-tick']) {
      expect(await visible(hidden), hidden).toBe(false);
    }
    const printed = await page.locator('.print-only').innerText();
    expect(printed).toContain('?a=2.device-');
    expect(printed).toContain(await page.evaluate(() => new Date().toLocaleDateString('ur')));
    await page.emulateMedia({ media: 'screen' });
    expect(await visible('.step-tool')).toBe(true);
  });

  it('draws a join QR code that decodes to the escaped Wi-Fi payload', async () => {
    const { page } = await open();
    await openWith(page, { answers: ANSWERS, step: 'checklist' });
    await page.getByRole('textbox', { name: 'Hotspot name' }).fill('Ali\\Home:5G');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('pass;word,1');
    await page.getByRole('button', { name: 'Show a QR code to join' }).click();
    const svg = page.locator('svg.qr-code');
    await svg.waitFor();
    // Rasterise the SVG in the page, then decode the pixels with jsQR.
    const image = await svg.evaluate(async (element) => {
      const size = 400;
      const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
      const img = new Image(size, size);
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0, size, size);
      return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
    });
    const decoded = jsQR(Uint8ClampedArray.from(image.data), image.size, image.size);
    expect(decoded?.data).toBe('WIFI:T:WPA;S:Ali\\\\Home\\:5G;P:pass\\;word\\,1;;');
  });
});
