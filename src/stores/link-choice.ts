import { create } from 'zustand';
import type { SavedJourney } from './journey-storage';

interface LinkChoice {
  /**
   * The person's own journey, still saved on this device, while they look at a shared link and have
   * not chosen which to keep; null when there is nothing to choose. Nothing is saved meanwhile.
   */
  readonly own: SavedJourney | null;
  /** The shared link's answers (its `a` value), kept in the address meanwhile so a reload asks again. */
  readonly link: string | null;
}

export const useLinkChoice = create<LinkChoice>()(() => ({ own: null, link: null }));

export function holdForChoice(own: SavedJourney, link: string): void {
  useLinkChoice.setState({ own, link });
}

/** The choice is made (either way): saving and the plain address resume. */
export function choiceMade(): void {
  useLinkChoice.setState({ own: null, link: null });
}
