import type { Answers } from '../features/wizard/flow/questions';
import type { ChecklistStepId } from './checklist-steps';
import type { FactId } from './facts';

export type Carrier = NonNullable<Answers['carrier']>;

/**
 * What the app tells people about each network. Every field is filled: where the fact sheet found
 * nothing (a helpline, an app), the field says `notFound` and the steps say so instead of guessing.
 */
export interface CarrierProfile {
  /** How to get or activate an eSIM. */
  readonly getEsimStep: ChecklistStepId;
  /** How to check remaining data, and the codes or apps that show it. */
  readonly balanceStep: ChecklistStepId;
  readonly balanceFacts: readonly FactId[];
  /** How to buy a data bundle. */
  readonly buyBundleStep: ChecklistStepId;
  /** The APN setting (unconfirmed everywhere: third-party lists only). */
  readonly apnStep: ChecklistStepId;
  readonly helpline: FactId | 'notFound';
  readonly selfServiceApp: FactId | 'notFound';
  /** A billing trap worth knowing before sharing data. */
  readonly billingTrap: ChecklistStepId | 'none';
}

export const CARRIERS: Record<Carrier, CarrierProfile> = {
  jazz: {
    getEsimStep: 'esimGetJazz',
    balanceStep: 'balanceJazz',
    balanceFacts: ['jazzWhatsApp', 'jazzApp', 'jazzPostpaidBalance'],
    buyBundleStep: 'buyBundleJazz',
    apnStep: 'apnJazz',
    helpline: 'jazzHelpline',
    selfServiceApp: 'jazzApp',
    billingTrap: 'jazzReservation',
  },
  zong: {
    getEsimStep: 'esimGetLocal',
    balanceStep: 'balanceZong',
    balanceFacts: ['zongDataBalance'],
    buyBundleStep: 'buyBundleZong',
    apnStep: 'apnZong',
    helpline: 'zongHelpline',
    selfServiceApp: 'notFound',
    billingTrap: 'zongBalanceSave',
  },
  telenor: {
    getEsimStep: 'esimGetLocal',
    balanceStep: 'balanceTelenor',
    balanceFacts: ['telenorDataBalance', 'telenorApp'],
    buyBundleStep: 'buyBundleTelenor',
    apnStep: 'apnTelenor',
    helpline: 'telenorHelpline',
    selfServiceApp: 'telenorApp',
    billingTrap: 'none',
  },
  ufone: {
    getEsimStep: 'esimGetLocal',
    balanceStep: 'balanceUfone',
    balanceFacts: ['ufoneDataBalance'],
    buyBundleStep: 'buyBundleOther',
    apnStep: 'apnUfone',
    helpline: 'ufoneHelpline',
    selfServiceApp: 'notFound',
    billingTrap: 'none',
  },
  onic: {
    getEsimStep: 'esimGetLocal',
    balanceStep: 'balanceOnic',
    balanceFacts: [],
    buyBundleStep: 'buyBundleOther',
    apnStep: 'apnAskCarrier',
    helpline: 'notFound',
    selfServiceApp: 'notFound',
    billingTrap: 'none',
  },
  travel: {
    getEsimStep: 'esimGetTravel',
    balanceStep: 'balanceTravel',
    balanceFacts: [],
    buyBundleStep: 'buyBundleTravel',
    apnStep: 'apnAskCarrier',
    helpline: 'notFound',
    selfServiceApp: 'notFound',
    billingTrap: 'none',
  },
  other: {
    getEsimStep: 'esimGetLocal',
    balanceStep: 'balanceOther',
    balanceFacts: [],
    buyBundleStep: 'buyBundleOther',
    apnStep: 'apnAskCarrier',
    helpline: 'notFound',
    selfServiceApp: 'notFound',
    billingTrap: 'none',
  },
};
