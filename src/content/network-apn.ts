import type { CarrierProfile } from './carrier-profile';
import type { StepSpec } from './fact-types';

/** The ID a step that asks for the APN has for one network: `fixMissingIosApn` and `zong` give `fixMissingIosApnZong`. */
export function apnStepId(stepId: string, networkId: string): string {
  return `${stepId}${networkId.charAt(0).toUpperCase()}${networkId.slice(1)}`;
}

/**
 * A step that asks for the APN, as shown for one network: the step's own text and facts, then the
 * network's APN facts (with their "not confirmed" notes), or the note that says none was found and
 * where to ask. Each network's version is a step of its own, so the checklist stays a list of IDs.
 */
export function withNetworkApn(step: StepSpec, network: CarrierProfile): StepSpec {
  const apn = network.apnForSteps;
  const own = { id: apnStepId(step.id, network.id), text: step.text ?? step.id };
  return 'facts' in apn
    ? { ...own, facts: [...(step.facts ?? []), ...apn.facts] }
    : { ...own, facts: step.facts ?? [], notes: [...(step.notes ?? []), apn.note] };
}
