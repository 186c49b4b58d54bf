import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/content/catalog';
import { DATA_RATES } from '../../src/content/data-rates';
import { SourcesPage } from '../../src/features/sources/components/SourcesPage';
import { BudgetEstimate } from '../../src/features/tools/components/BudgetEstimate';
import { loadResultStrings } from '../../src/i18n/i18n';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { chooseLanguage } from '../../src/stores/preferences';

async function showIn(language: (typeof LANGUAGE_CODES)[number]) {
  await chooseLanguage(language);
  await loadResultStrings(language);
  return render(<SourcesPage fact={null} />);
}

const entry = (id: string) => document.querySelector<HTMLElement>(`[data-source-of="${id}"]`)!;

describe('the sources page', () => {
  it.each(LANGUAGE_CODES)('lists every fact and data-use figure in %s, each with its confidence and checked date', async (language) => {
    await showIn(language);
    const entries = document.querySelectorAll('.source-entry');
    expect(entries).toHaveLength(FACTS.size + DATA_RATES.length);
    for (const item of entries) {
      expect(item.querySelector('.confidence')?.textContent).toMatch(/2026/);
      // No locale key shows through where a string is missing.
      expect(item.textContent).not.toMatch(/\b(facts|sources|tools|checklist)\.[a-zA-Z]/);
    }
    for (const [id] of FACTS) expect(entry(id), id).not.toBeNull();
  });

  it('gives each fact its own source: a link, or what was (not) found', async () => {
    await showIn('en');
    expect(within(entry('jazzWhatsApp')).getByRole('link', { name: 'jazz.com.pk' })).toHaveAttribute('href', 'https://jazz.com.pk/jazz-whatsapp/ur');
    expect(entry('jazzWhatsApp')).toHaveTextContent('Confirmed, checked on 25 November 2026');
    expect(entry('jazzHelpline')).toHaveTextContent('Not confirmed, checked on 25 November 2026');
    expect(entry('jazzHelpline')).toHaveTextContent('We found no published source for it.');
    expect(entry('jazzHelpline')).toHaveTextContent('section 1.1');
    expect(entry('zongApn')).toHaveTextContent('Only third-party pages, lists or code give it');
    expect(entry('huaweiHotspotPath')).toHaveTextContent('Huawei, the hotspot:');
  });

  it('in Chinese gives a menu’s Chinese labels first, with their own source and date', async () => {
    await showIn('zh');
    const samsung = entry('samsungHotspotPath');
    expect(samsung).toHaveTextContent('设置 > 连接 > 移动热点和网络共享 > 移动热点（Settings > Connections');
    const [english, chinese] = samsung.querySelectorAll('.provenance');
    expect(english).toHaveTextContent('已确认，核对日期：2026年11月25日');
    expect(chinese).toHaveTextContent('尚未确认，核对日期：2026年12月2日');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('这些信息从哪里来');
  });

  it('is linked from the data budget’s note on figures that are not confirmed, at the first of them', async () => {
    await chooseLanguage('en');
    await loadResultStrings('en');
    const estimate = { minHours: 1, maxHours: 2, oneOffMb: { min: 0, max: 0 } };
    render(<BudgetEstimate mb={500} estimate={estimate} unconfirmed={['music', 'email']} notes={[]} traps={[]} />);
    const link = screen.getByRole('link', { name: 'Where this comes from' });
    expect(link.getAttribute('href')).toMatch(/[?&]page=sources#fact-rate-music$/);
    render(<SourcesPage fact={null} />);
    expect(document.querySelector('[data-source-of="rate-music"]')).toHaveTextContent('Music streaming: 70 to 150 MB an hour');
  });
});
