import type { Answers } from '../features/wizard/flow/questions';
import type { ChecklistStepId } from './checklist-steps';
import type { FactId } from './facts';

export type Carrier = NonNullable<Answers['carrier']>;

/** How to check remaining data on each network: the step that explains it and the facts it shows. */
export const BALANCE_STEP: Record<Carrier, ChecklistStepId> = {
  jazz: 'balanceJazz',
  zong: 'balanceZong',
  telenor: 'balanceTelenor',
  ufone: 'balanceUfone',
  onic: 'balanceOnic',
  travel: 'balanceTravel',
  other: 'balanceOther',
};

export const BALANCE_FACTS: Record<Carrier, readonly FactId[]> = {
  jazz: ['jazzWhatsApp', 'jazzApp', 'jazzPostpaidBalance'],
  zong: ['zongDataBalance'],
  telenor: ['telenorDataBalance', 'telenorApp'],
  ufone: ['ufoneDataBalance'],
  onic: [],
  travel: [],
  other: [],
};
