import { describe, expect, it } from 'vitest';
import { saveJourney } from '../../src/stores/journey-storage';
import { checklistShown, heading, renderApp, savedAnswersAre } from '../support/render-app';

const SHARED = { device: 'android', androidBrand: 'vivo', esimSupport: 'no', pta: 'registered', carrier: 'ufone', mobileData: 'yes', dataBalance: 'enough', hotspotIssue: 'slow' };
const LINK = `/?a=2.${Object.entries(SHARED).map(([question, option]) => `${question}-${option}`).join('.')}`;

describe('a shared link', () => {
  it('is kept on a device with nothing saved, so a reload opens the same checklist', async () => {
    window.history.replaceState(null, '', LINK);
    const app = await renderApp();
    await checklistShown();
    await savedAnswersAre(SHARED);
    await app.reload();
    await checklistShown();
    expect(heading()).toHaveTextContent('Your hotspot checklist');
    expect(document.querySelector('[data-step="hotspotOnVivo"]')).not.toBeNull();
  });

  it('never replaces a journey of the person’s own that is saved on the device', async () => {
    const own = { device: 'iphone', esimSupport: 'yes', pta: 'notSure' } as const;
    saveJourney({ answers: own, step: 'carrier', done: [] });
    window.history.replaceState(null, '', LINK);
    await renderApp();
    await checklistShown();
    expect(document.querySelector('[data-step="hotspotOnVivo"]')).not.toBeNull();
    await savedAnswersAre(own);
  });
});
