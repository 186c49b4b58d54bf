import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { JOURNEY_KEY, PREFERENCES_KEY } from '../../src/stores/storage-keys';
import { addressShows, answer, heading, renderApp } from '../support/render-app';

const NOT_KEPT_ZH = /此浏览器不允许本应用保存任何内容/;

/** The first two answers are saved; then storage fills up. */
async function answerThenStorageFills() {
  const app = await renderApp();
  await app.user.click(screen.getByRole('link', { name: 'Start now' }));
  await answer(app.user, 'iPhone');
  await answer(app.user, 'A Windows laptop or PC with Wi-Fi');
  await waitFor(() => expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').step).toBe('esimSupport'));
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('quota', 'QuotaExceededError');
  });
  return app;
}

const travelBack = async () => {
  const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.back();
  await moved;
};

describe('a reload of the tab after storage refused the saves', () => {
  it('brings back every answer and the language, where the person was, and still says storage is not keeping', async () => {
    const app = await answerThenStorageFills();
    await answer(app.user, 'Yes');
    await answer(app.user, 'Yes, it is registered');
    await app.user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'zh-CN'));
    await addressShows('carrier');

    const reloaded = await app.reload();
    expect(heading()).toHaveTextContent('这个号码是哪家运营商的？');
    expect(screen.getByText(NOT_KEPT_ZH)).toBeInTheDocument();
    expect(screen.queryByText(/需要先回答前面的问题/)).not.toBeInTheDocument();
    // Storage itself still holds only what it kept before it filled up.
    expect(JSON.parse(localStorage.getItem(JOURNEY_KEY) ?? '{}').step).toBe('esimSupport');
    expect(localStorage.getItem(PREFERENCES_KEY)).not.toContain('zh');

    // The entry Back lands on held an older copy: it is brought up to date, so a reload there keeps all too.
    await travelBack();
    await waitFor(() => expect(heading()).toHaveTextContent('你的手机在 PTA 注册了吗？'));
    await reloaded.reload();
    expect(heading()).toHaveTextContent('你的手机在 PTA 注册了吗？');
    await reloaded.user.click(screen.getByRole('button', { name: '继续' }));
    expect(heading()).toHaveTextContent('这个号码是哪家运营商的？');
  });

  it('opens a new visit from what storage kept, and says it is not keeping more', async () => {
    const app = await answerThenStorageFills();
    await answer(app.user, 'Yes');
    await addressShows('pta');
    app.unmount();
    app.dispose();
    // A new tab: no history entry of its own, the same full storage.
    window.history.replaceState(null, '', '/?step=esimSupport');
    await renderApp();
    expect(heading()).toHaveTextContent('Does your device support eSIM?');
    expect(screen.getByText(/This browser is not letting the app save anything/)).toBeInTheDocument();
  });
});
