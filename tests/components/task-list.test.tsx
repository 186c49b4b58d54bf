import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { checklistShown, renderApp } from '../support/render-app';

const ANSWERS = { device: 'android', androidBrand: 'samsung', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'jazz', esimState: 'notInstalled' };

async function openChecklist(done: string[] = []) {
  localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'checklist', answers: ANSWERS, done }));
  window.history.replaceState(null, '', '/?step=checklist');
  const app = await renderApp();
  await checklistShown();
  return app;
}

const item = (step: string) => document.querySelector<HTMLElement>(`[data-step="${step}"]`)!;
const steps = () => [...document.querySelectorAll<HTMLElement>('[data-step]')].map((element) => element.dataset.step!);

describe('the checklist as a task list', () => {
  it('links to the first step still to do, and moves focus to it', async () => {
    const app = await openChecklist();
    const [first, second] = steps();
    const next = screen.getByRole('link', { name: /^Next: step 1, / });
    await app.user.click(within(item(first)).getByText('Done'));
    await waitFor(() => expect(screen.getByRole('link', { name: /^Next: step 2, / })).toBeInTheDocument());
    expect(next).toHaveTextContent(/^Next: step 2, /);
    await app.user.click(screen.getByRole('link', { name: /^Next: step 2, / }));
    expect(document.activeElement).toBe(item(second).querySelector('h2'));
  });

  it('folds a done step to its heading, opens it again on a tap, and folds it when ticked again', async () => {
    const app = await openChecklist();
    const [first] = steps();
    await app.user.click(within(item(first)).getByText('Done'));
    await waitFor(() => expect(item(first)).toHaveClass('checklist-step-folded'));
    const show = within(item(first)).getByRole('button', { name: /^Show step / });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await app.user.click(show);
    expect(item(first)).not.toHaveClass('checklist-step-folded');
    expect(within(item(first)).getByRole('button', { name: /^Hide step / })).toHaveAttribute('aria-expanded', 'true');
    // Unticked, it is a step to do again: whole, with no fold button.
    await app.user.click(within(item(first)).getByText('Done'));
    await waitFor(() => expect(within(item(first)).queryByRole('button', { name: /step/ })).toBeNull());
    expect(screen.getByRole('link', { name: /^Next: step 1, / })).toBeInTheDocument();
  });

  it('says when every step is done', async () => {
    localStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: 2, step: 'checklist', answers: ANSWERS, done: [] }));
    const app = await openChecklist();
    for (const step of steps()) await app.user.click(within(item(step)).getByText('Done'));
    await waitFor(() => expect(screen.getByText('All steps done.')).toBeInTheDocument());
    expect(screen.queryByRole('link', { name: /^Next: / })).toBeNull();
  });

  it('puts each tool inside the step it helps with, and keeps what was typed while that step is folded', async () => {
    const app = await openChecklist();
    const name = await within(item('hotspotNamePassword')).findByRole('textbox', { name: 'Hotspot name' });
    expect(within(item('hotspotNamePassword')).getByRole('heading', { level: 3, name: 'Hotspot name and password' })).toBeInTheDocument();
    expect(
      await within(item('safetyDataUse')).findByRole('heading', { level: 3, name: 'How long will your data last?' }),
    ).toBeInTheDocument();
    expect(document.querySelector('.tools')).toBeNull();

    await app.user.type(name, 'AliPhone');
    await app.user.click(within(item('hotspotNamePassword')).getByText('Done'));
    await waitFor(() => expect(item('hotspotNamePassword')).toHaveClass('checklist-step-folded'));
    await app.user.click(within(item('hotspotNamePassword')).getByRole('button', { name: /^Show step / }));
    expect(within(item('hotspotNamePassword')).getByRole('textbox', { name: 'Hotspot name' })).toHaveValue('AliPhone');
  });
});
