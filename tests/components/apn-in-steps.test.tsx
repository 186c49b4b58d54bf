import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { hotspotMissing as greyedOut } from '../support/hotspot-missing';
import { checklistShown, heading, renderApp } from '../support/render-app';

async function openChecklist(answers: Record<string, string>) {
  localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'checklist', answers, done: [] }));
  window.history.replaceState(null, '', '/?step=checklist');
  const app = await renderApp();
  expect(heading()).toHaveTextContent('Your hotspot checklist');
  await checklistShown();
  return app;
}

const step = (id: string) => document.querySelector<HTMLElement>(`[data-step="${id}"]`)!;

describe('the APN where a step asks for it', () => {
  it('shows Zong’s APN in the iPhone greyed-out fix, with its not-confirmed note', async () => {
    await openChecklist(greyedOut('zong'));
    const apn = within(step('fixMissingIosApnZong')).getByText('zonginternet').closest('li')!;
    expect(apn).toHaveTextContent('APN:');
    expect(apn).toHaveTextContent('Not confirmed: check with your network.');
  });

  it('says in the iPhone fix that no Onic APN was found and to ask Onic', async () => {
    await openChecklist(greyedOut('onic'));
    expect(step('fixMissingIosApnOnic')).toHaveTextContent(/We found no APN for Onic\. Ask Onic's support/);
    expect(within(step('fixMissingIosApnOnic')).queryAllByText(/^APN:/)).toHaveLength(0);
  });

  it('shows a Xiaomi menu in Chinese first, then in English, with its note', async () => {
    const app = await openChecklist({ ...greyedOut('jazz', { device: 'android', androidBrand: 'xiaomi' }), hotspotIssue: 'notSetUp' });
    await app.user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'zh-CN'));
    const menu = step('hotspotOnXiaomi').querySelector('[data-fact="xiaomiHotspotPath"]')!;
    await waitFor(() => expect(menu).toHaveTextContent('设置 > 连接与共享 > 个人热点（Settings > Connection & sharing > Personal hotspot）'));
    expect(menu).toHaveTextContent('尚未确认，你设备上的菜单名称可能不一样。');
  });
});
