import { CARRIERS } from './carrier-registry';
import { CARRIER_STEP_FIELDS, type StepRef } from './carrier-profile';
import { DEVICE_FAMILIES, PLATFORMS, type DeviceFamily, type Platform } from './devices';
import type { Fact, StepSpec } from './fact-types';
import { COMPUTER_MENU_FACTS } from './facts/computer-menus';
import { PHONE_MENU_FACTS } from './facts/phone-menus';
import { PTA_FACTS } from './facts/pta-registration';
import { withNetworkApn } from './network-apn';
import { SHARED_STEPS } from './steps';

/** The ID of a step reference: a step of its own, or a shared step named by its ID. */
export function stepIdOf(step: StepRef): string {
  return typeof step === 'string' ? step : step.id;
}

const ownSteps = (refs: readonly (StepRef | undefined)[]): StepSpec[] =>
  refs.flatMap((ref) => (ref === undefined || typeof ref === 'string' ? [] : [ref]));

/** A phone's own steps; one that asks for the APN is there once for each network, never on its own. */
const phoneSteps = (refs: readonly (StepRef | undefined)[]): StepSpec[] =>
  ownSteps(refs).flatMap((step) => (step.asksApn ? CARRIERS.map((carrier) => withNetworkApn(step, carrier)) : [step]));

/** Every step a checklist can hold, by ID. */
export const STEPS: ReadonlyMap<string, StepSpec> = new Map(
  [
    ...Object.entries(SHARED_STEPS).map(([id, spec]): StepSpec => ({ id, ...spec })),
    ...CARRIERS.flatMap((carrier) => ownSteps(CARRIER_STEP_FIELDS.map((field) => carrier[field]))),
    ...Object.values(DEVICE_FAMILIES).flatMap((family: DeviceFamily) =>
      phoneSteps([family.dataLine, family.joinFix, family.nameFix, family.idleFix, family.missingFix, family.missingFirst, family.securityFix, family.vpnFix]),
    ),
    ...Object.values(PLATFORMS).flatMap((platform: Platform) => phoneSteps([platform.hotspotOn, platform.usbTethering])),
  ].map((spec) => [spec.id, spec]),
);

/** Every fact the app shows, by ID. */
export const FACTS: ReadonlyMap<string, Fact> = new Map(
  [PTA_FACTS, PHONE_MENU_FACTS, COMPUTER_MENU_FACTS, ...CARRIERS.map((carrier) => carrier.facts)].flatMap((table) => Object.entries(table)),
);

/** The locale key prefix holding a step's `title` and `body`. */
export function stepTextKey(id: string): string {
  return `steps.${STEPS.get(id)?.text ?? id}`;
}

/** The codes, numbers and menu paths shown under a step. */
export function stepFacts(id: string): readonly string[] {
  return STEPS.get(id)?.facts ?? [];
}

/** Locale keys of the paragraphs shown after a step's text. */
export function stepNotes(id: string): readonly string[] {
  return STEPS.get(id)?.notes ?? [];
}

export function factById(id: string): Fact {
  const fact = FACTS.get(id);
  if (!fact) throw new Error(`content: no fact ${id}`);
  return fact;
}
