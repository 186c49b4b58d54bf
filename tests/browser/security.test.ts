import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl, choose, openWith, setUpBrowser, waitForApp } from './browser';

const open = setUpBrowser();

describe('Content-Security-Policy', () => {
  it('ships a strict policy: no inline scripts beyond the two start-up scripts, each by its hash, no eval', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(inline).toHaveLength(2);
    const hashes = inline.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy).toContain(`script-src 'self' ${hashes.join(' ')};`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
  });

  it('is never violated during a journey, language switches and every result tool', async () => {
    const { page } = await open();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(baseUrl());
    await waitForApp(page);
    await page.locator('.button-start').click();
    for (const value of ['android', 'oppo', 'windows', 'notSure', 'eid', 'notSure', 'zong', 'active', 'yes', 'low', 'cantJoin']) {
      await choose(page, value);
    }
    await page.getByRole('link', { name: 'اردو' }).click();
    await page.getByRole('link', { name: '中文' }).click();
    await page.locator('.step-tool .tool input').first().fill('Home');
    await page.locator('.step-tool .tool button').first().click();
    await page.locator('.step-tool .tool button.button:not(.button-secondary)').first().click();
    await page.locator('svg.qr-code').waitFor();
    await openWith(page, { language: 'ur', answers: { device: 'iphone', connectDevice: 'windows' }, step: 'esimSupport' });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});
