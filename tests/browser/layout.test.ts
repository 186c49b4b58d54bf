import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { LANGUAGES, SCREENS, showScreen } from './screens';

const open = setUpBrowser();
const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
];

/** Interactive things a finger must hit, with their size, when smaller than 44 x 44 px. */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, .radio-label')]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${el.textContent?.trim()}" ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

/**
 * Blocks whose lines sit closer than `minRatio` x the font size, measured from where the browser put
 * each line. Nastaliq stacks letters diagonally and needs about twice the font size per line.
 */
function crampedLines(page: Page, minRatio: number) {
  return page.evaluate((ratio) => {
    const problems: string[] = [];
    for (const block of document.querySelectorAll<HTMLElement>('h1, h2, p, li, label, dt, dd, a, button')) {
      const tops = new Set<number>();
      for (const node of block.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
      }
      const sorted = [...tops].sort((a, b) => a - b).filter((top, i, all) => i === 0 || top - all[i - 1] > 4);
      const fontSize = parseFloat(getComputedStyle(block).fontSize);
      for (let i = 1; i < sorted.length; i += 1) {
        const pitch = sorted[i] - sorted[i - 1];
        if (pitch < ratio * fontSize - 1) {
          problems.push(`${block.tagName} "${block.textContent?.slice(0, 30)}": ${pitch}px lines at ${fontSize}px`);
          break;
        }
      }
    }
    return problems;
  }, minRatio);
}

describe('layout', () => {
  for (const viewport of VIEWPORTS) {
    for (const language of LANGUAGES) {
      it(`${viewport.width}x${viewport.height} ${language}: no sideways scrolling, 44 px targets, lines spaced apart`, async () => {
        const { page } = await open({ viewport });
        for (const screen of SCREENS) {
          await showScreen(page, screen, language);
          const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(width[0], `${screen.id} scrolls sideways`).toBeLessThanOrEqual(width[1]);
          expect(await smallTargets(page), screen.id).toEqual([]);
          expect(await crampedLines(page, language === 'ur' ? 2 : 1.2), screen.id).toEqual([]);
        }
      });
    }
  }

  it('sets Urdu in the Nastaliq font, loaded, with tall lines', async () => {
    const { page } = await open();
    await showScreen(page, SCREENS.find((s) => s.id === 'checklist')!, 'ur');
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      const body = getComputedStyle(document.querySelector('p')!);
      return {
        family: body.fontFamily,
        ratio: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
        loaded: [...document.fonts].some((face) => face.family.includes('Nastaliq') && face.status === 'loaded'),
      };
    });
    expect(font.family.startsWith('"Noto Nastaliq Urdu"')).toBe(true);
    expect(font.loaded).toBe(true);
    expect(font.ratio).toBeGreaterThanOrEqual(2);
  });

  it('does not download the Urdu font for English or Chinese', async () => {
    const { page } = await open();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('nastaliq')) fonts.push(request.url());
    });
    for (const language of ['en', 'zh']) await showScreen(page, SCREENS.find((s) => s.id === 'checklist')!, language);
    expect(fonts).toEqual([]);
  });
});
