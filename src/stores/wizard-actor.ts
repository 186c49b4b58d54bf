import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
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

/**
 * A value from the wizard's snapshot; the component renders again when it changes. The selector must
 * return a value the snapshot holds, or a primitive: a new object each call would never settle.
 */
export function useWizard<T>(selector: (snapshot: WizardSnapshot) => T): T {
  const actor = useWizardActor();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const select = () => selector(actor.getSnapshot());
  // The build's pre-rendering reads the same snapshot.
  return useSyncExternalStore(subscribe, select, select);
}
