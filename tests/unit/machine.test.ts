import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { previousStep, journeyPath } from '../../src/journey/path';
import { type Answers } from '../../src/journey/flow';
import { currentStep, wizardMachine } from '../../src/journey/machine/wizard-machine';

const complete: Answers = {
  device: 'iphone',
  connectDevice: 'windows',
  esimSupport: 'yes',
  pta: 'registered',
  carrier: 'jazz',
  esimState: 'active',
  mobileData: 'yes',
  dataBalance: 'low',
  hotspotIssue: 'cantJoin',
};

function actorAt(answers: Answers, step: Parameters<typeof previousStep>[0]) {
  const actor = createActor(wizardMachine, { input: { answers } }).start();
  actor.send({ type: 'GO_TO', step });
  return actor;
}

describe('wizard machine', () => {
  it('ignores answers a question does not offer, or for another question', () => {
    const actor = actorAt({}, 'device');
    actor.send({ type: 'ANSWER', question: 'device', value: 'nokia' });
    actor.send({ type: 'ANSWER', question: 'carrier', value: 'jazz' });
    expect(currentStep(actor.getSnapshot())).toBe('device');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('goes back along the path actually taken, keeping answers', () => {
    const actor = actorAt({ device: 'android', androidBrand: 'xiaomi', connectDevice: 'tv' }, 'esimSupport');
    expect(currentStep(actor.getSnapshot())).toBe('esimSupport');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('connectDevice');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('androidBrand');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('device');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({ device: 'android', androidBrand: 'xiaomi', connectDevice: 'tv' });
  });

  it('opens a journey saved before the connecting-device question at that question, then at the checklist', () => {
    const before: Answers = Object.fromEntries(Object.entries(complete).filter(([question]) => question !== 'connectDevice'));
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: 'LOAD', answers: before, done: [] });
    expect(currentStep(actor.getSnapshot())).toBe('connectDevice');
    actor.send({ type: 'ANSWER', question: 'connectDevice', value: 'desktop' });
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
    expect(actor.getSnapshot().context.answers).toEqual({ ...complete, connectDevice: 'desktop' });
  });

  it('still walks forward question by question after Back, with later answers kept', () => {
    const actor = actorAt(complete, 'connectDevice');
    actor.send({ type: 'ANSWER', question: 'connectDevice', value: 'mac' });
    expect(currentStep(actor.getSnapshot())).toBe('esimSupport');
  });

  it('changing the connecting device from the summary needs no other question', () => {
    const actor = actorAt(complete, 'checklist');
    actor.send({ type: 'CHANGE', question: 'connectDevice' });
    expect(currentStep(actor.getSnapshot())).toBe('connectDevice');
    actor.send({ type: 'ANSWER', question: 'connectDevice', value: 'phoneTablet' });
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
    expect(actor.getSnapshot().context.answers).toEqual({ ...complete, connectDevice: 'phoneTablet' });
  });

  it('goes back from the checklist to the last question asked', () => {
    const actor = actorAt(complete, 'checklist');
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('hotspotIssue');
  });

  it('refuses a step the answers cannot reach and opens the furthest one they can', () => {
    const actor = actorAt({ device: 'iphone' }, 'hotspotIssue');
    expect(currentStep(actor.getSnapshot())).toBe('connectDevice');
    const brand = actorAt(complete, 'androidBrand');
    expect(currentStep(brand.getSnapshot())).toBe('checklist');
  });

  it('changing an answer that needs no new question returns to the checklist', () => {
    const actor = actorAt(complete, 'checklist');
    actor.send({ type: 'CHANGE', question: 'carrier' });
    expect(currentStep(actor.getSnapshot())).toBe('carrier');
    actor.send({ type: 'ANSWER', question: 'carrier', value: 'zong' });
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
    expect(actor.getSnapshot().context.answers).toEqual({ ...complete, carrier: 'zong' });
  });

  it('changing an answer asks only the questions the new path adds, keeping later answers', () => {
    const actor = actorAt(complete, 'checklist');
    actor.send({ type: 'CHANGE', question: 'device' });
    actor.send({ type: 'ANSWER', question: 'device', value: 'android' });
    expect(currentStep(actor.getSnapshot())).toBe('androidBrand');
    actor.send({ type: 'ANSWER', question: 'androidBrand', value: 'transsion' });
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
    expect(actor.getSnapshot().context.answers).toMatchObject({ ...complete, device: 'android', androidBrand: 'transsion' });
  });

  it('Back while changing returns to the checklist', () => {
    const actor = actorAt(complete, 'checklist');
    actor.send({ type: 'CHANGE', question: 'pta' });
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
    expect(actor.getSnapshot().context.changing).toBe(false);
  });

  it('cannot change a question that is not on the path', () => {
    const actor = actorAt(complete, 'checklist');
    actor.send({ type: 'CHANGE', question: 'androidBrand' });
    expect(currentStep(actor.getSnapshot())).toBe('checklist');
  });

  it('Start again clears every answer', () => {
    const actor = actorAt(complete, 'checklist');
    actor.send({ type: 'RESTART' });
    expect(currentStep(actor.getSnapshot())).toBe('device');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('ignores answers left on an abandoned branch', () => {
    const answers: Answers = { ...complete, esimSupport: 'no', esimState: 'failed' };
    expect(journeyPath(answers).answered).not.toContain('esimState');
    expect(journeyPath(answers).next).toBe('checklist');
  });
});
