import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { SCREENS, showScreen } from './screens';

const open = setUpBrowser({ width: 360, height: 740 });

/** Headings whose last line holds a single character (not counting the punctuation after it). */
function loneLastCharacters(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3')]
      .filter((heading) => heading.offsetParent !== null)
      .flatMap((heading) => {
        const lines = new Map<number, string>();
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getBoundingClientRect();
            if (rect.width === 0) continue;
            const top = Math.round(rect.top / 4);
            lines.set(top, (lines.get(top) ?? '') + node.textContent![i]);
          }
        }
        const last = [...lines.entries()].sort(([a], [b]) => a - b).at(-1)?.[1] ?? '';
        const letters = last.replace(/[\s？。，、：！?.,:!）)」”]/g, '');
        return lines.size > 1 && letters.length <= 1 ? [`"${heading.textContent}" ends with "${last}"`] : [];
      }),
  );
}

describe('typography', () => {
  it('Chinese headings leave no character alone on their last line, on any screen', async () => {
    const { page } = await open();
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await showScreen(page, screen, 'zh');
      problems.push(...(await loneLastCharacters(page)).map((problem) => `${screen.id}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it('never fakes a bold Nastaliq: Urdu text asked to be bold is drawn in the regular face', async () => {
    const { page } = await open();
    await showScreen(page, SCREENS.find((screen) => screen.id === 'checklist')!, 'ur');
    const faked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *, header *')]
        .filter((element) => Number(getComputedStyle(element).fontWeight) >= 600)
        .filter((element) => getComputedStyle(element).fontSynthesisWeight !== 'none')
        .map((element) => `${element.tagName} "${element.textContent?.slice(0, 20)}"`),
    );
    expect(faked).toEqual([]);
  });
});
