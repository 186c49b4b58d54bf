import type { CarrierProfile } from './carrier-profile';

/** Every network, each from its own module under `carriers/` (the file name is not used: `id` is). */
const modules = import.meta.glob<CarrierProfile>('./carriers/*.ts', { eager: true, import: 'default' });

export const CARRIERS: readonly CarrierProfile[] = Object.values(modules);

const byId = new Map(CARRIERS.map((carrier) => [carrier.id, carrier]));

/** The profile for a carrier answer; a network without one (or no answer) gets the "other" profile. */
export function carrierProfile(id: string | undefined): CarrierProfile {
  const profile = (id !== undefined && byId.get(id)) || byId.get('other');
  if (!profile) throw new Error('content: carriers/other.ts is missing');
  return profile;
}
