// The budget-phone profile the browser tests and the bench share: a slow mobile network (150 ms round
// trip, 1.6 Mbps down, 750 kbps up) and a CPU four times slower than this machine's.
export const BUDGET_PHONE = { latencyMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 };

/** Puts a Playwright page on the budget-phone profile, through the Chrome DevTools Protocol. */
export async function emulateBudgetPhone(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: BUDGET_PHONE.latencyMs,
    downloadThroughput: (BUDGET_PHONE.downKbps * 1024) / 8,
    uploadThroughput: (BUDGET_PHONE.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: BUDGET_PHONE.cpuSlowdown });
}
