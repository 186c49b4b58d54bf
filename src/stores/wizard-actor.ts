import { useSelector } from '@xstate/react';
import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import { wizardMachine, type WizardSnapshot } from '../journey/machine/wizard-machine';

export type WizardActor = ActorRefFrom<typeof wizardMachine>;

/** The one wizard actor, created before the first render and shared by every screen. */
export const WizardActorContext = createContext<WizardActor | null>(null);

export function useWizardActor(): WizardActor {
  const actor = useContext(WizardActorContext);
  if (!actor) throw new Error('useWizardActor needs a WizardActorContext provider');
  return actor;
}

export function useWizard<T>(selector: (snapshot: WizardSnapshot) => T): T {
  return useSelector(useWizardActor(), selector);
}
