// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderStartPage } from '../../src/app/prerender';
import { FactList } from '../../src/components/FactList';
import { chooseLanguage } from '../../src/stores/preferences';

describe('codes rendered where there is no navigator (build time)', () => {
  beforeAll(() => chooseLanguage('en'));

  it('renders a code as text with its Copy button, and no dialler link', () => {
    expect(globalThis.navigator).toBeUndefined();
    const html = renderToString(<FactList facts={['jazzPostpaidBalance', 'ptaSms', 'ptaWeb']} />);
    expect(html).toContain('*2222#');
    expect(html).toContain('<button');
    expect(html).not.toMatch(/href="(tel|sms):/);
    expect(html).toContain('href="https://dirbs.pta.gov.pk"');
  });

  it('has no codes on the start page, which is rendered then', async () => {
    const html = await renderStartPage('en');
    expect(html).not.toContain('fact-list');
    expect(html).not.toMatch(/href="(tel|sms):/);
  });
});
