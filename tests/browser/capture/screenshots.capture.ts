import { existsSync, mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { setUpBrowser } from '../browser';
import { LANGUAGES, SCREENS, showScreen } from '../screens';

const VIEWPORT = { width: 360, height: 740 };
const open = setUpBrowser(VIEWPORT);
const OUT = 'screenshots';
const SCHEMES = ['light', 'dark'] as const;

interface Tile {
  readonly label: string;
  readonly png: string;
}

/** One page of first screens: a row for each screen, a column for each language and scheme. */
function contactSheet(columns: readonly string[], rows: readonly { id: string; tiles: readonly Tile[] }[]): string {
  const cell = (tile: Tile) =>
    `<figure><img src="data:image/png;base64,${tile.png}" alt=""><figcaption>${tile.label}</figcaption></figure>`;
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 12px; font: 13px system-ui, sans-serif; background: #fff; color: #0b0c0c; }
    table { border-collapse: collapse; }
    th { padding: 4px; text-align: start; }
    td { padding: 4px; vertical-align: top; }
    figure { margin: 0; }
    img { display: block; inline-size: ${VIEWPORT.width / 2}px; border: 1px solid #b1b4b6; }
    figcaption { padding-block: 2px; }
  </style><table><tr><th></th>${columns.map((column) => `<th>${column}</th>`).join('')}</tr>${rows
    .map((row) => `<tr><th>${row.id}</th>${row.tiles.map((tile) => `<td>${cell(tile)}</td>`).join('')}</tr>`)
    .join('')}</table>`;
}

/**
 * `npm run screenshots`: every screen in every language and both colour schemes at 360 x 740, whole
 * pages, and a contact sheet of their first screens (what a phone shows before any scrolling).
 */
it('captures every screen in every language and both colour schemes, and a contact sheet', async () => {
  mkdirSync(OUT, { recursive: true });
  const { page } = await open();
  const columns = SCHEMES.flatMap((scheme) => LANGUAGES.map((language) => `${language}, ${scheme}`));
  const rows = SCREENS.map((screen) => ({ id: screen.id, tiles: [] as Tile[] }));
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const language of LANGUAGES) {
      for (const [index, screen] of SCREENS.entries()) {
        await showScreen(page, screen, language);
        const file = `${OUT}/${scheme}-${language}-${screen.id}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
        const firstScreen = await page.screenshot();
        rows[index].tiles.push({ label: `${language}, ${scheme}`, png: firstScreen.toString('base64') });
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 12 + columns.length * (VIEWPORT.width / 2 + 12) + 120, height: 800 });
  // A blank page, free of the app's content security policy, holds the sheet.
  await page.goto('about:blank');
  await page.setContent(contactSheet(columns, rows));
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  const sheet = `${OUT}/contact-sheet.png`;
  await page.screenshot({ path: sheet, fullPage: true });
  expect(existsSync(sheet)).toBe(true);
}, 600_000);
