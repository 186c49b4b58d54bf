import type { FactTable, StepSpec } from './fact-types';

/** A step of the network's own (with its facts), or a shared step by its ID (see steps.ts). */
export type StepRef<FactId extends string = string> = StepSpec & { readonly facts?: readonly FactId[] } | string;

/**
 * The network's APN as a step that asks for one shows it (the iPhone's Cellular Data Network fix,
 * the Android hotspot fix): its APN facts, or, where none was found, the locale key of a note that
 * says so and where to ask.
 */
export type NetworkApn<FactId extends string = string> = { readonly facts: readonly FactId[] } | { readonly note: string };

/**
 * Everything the app tells people about one network, in one module under `carriers/`: its codes,
 * APN, helpline and apps as facts with their sources, and the checklist steps that show them. Where
 * the fact sheet found nothing (a helpline, an app) the field is left out and the steps say so.
 */
export interface CarrierProfile<FactId extends string = string> {
  /** The carrier question's option this serves. */
  readonly id: string;
  readonly facts: FactTable;
  /** How to get or activate an eSIM. */
  readonly getEsim: StepRef<FactId>;
  /** How to check remaining data, with the codes or apps that show it. */
  readonly balance: StepRef<FactId>;
  /** How to buy a data bundle. */
  readonly buyBundle: StepRef<FactId>;
  /** The APN setting, when the phone's own internet does not work. */
  readonly apn: StepRef<FactId>;
  /** What any other step that asks for the APN shows of this network's. */
  readonly apnForSteps: NetworkApn<FactId>;
  /** Bundles whose data counts only for some apps or some hours: said when data runs out fast. */
  readonly splitAllowance?: StepRef<FactId>;
  /** A billing trap worth knowing before sharing data. */
  readonly billingTrap?: StepRef<FactId>;
  /** Data roaming must be on for this eSIM to work: said wherever the phone's data is in doubt. */
  readonly roaming?: StepRef<FactId>;
  /** Said after a failed activation, beside the usual fixes. */
  readonly afterFailedActivation?: StepRef<FactId>;
  /**
   * For a line the PTA rules were not written for (they cover phones on Pakistani SIMs): what is and
   * is not known, said beside the PTA steps for a phone that is not known to be registered, and
   * instead of the 60-day warning for an unregistered one.
   */
  readonly ptaRule?: StepRef<FactId>;
  readonly helpline?: FactId;
  /** A WhatsApp number the network answers on (an automatic service, for Jazz). */
  readonly whatsApp?: FactId;
  readonly selfServiceApp?: FactId;
}

/** The fields of a profile that hold steps. */
export const CARRIER_STEP_FIELDS = ['getEsim', 'balance', 'buyBundle', 'apn', 'splitAllowance', 'billingTrap', 'roaming', 'afterFailedActivation', 'ptaRule'] as const;

/** Declares a network; its steps and fields may name only its own facts. */
export function defineCarrier<const Facts extends FactTable>(
  profile: CarrierProfile<Extract<keyof Facts, string>> & { readonly facts: Facts },
): CarrierProfile {
  return profile;
}
