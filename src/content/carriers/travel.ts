import { defineCarrier } from '../carrier-profile';

/** A travel eSIM (Airalo, Holafly, Nomad and the like; fact sheet §6): it roams on a local network. */
export default defineCarrier({
  id: 'travel',
  facts: {},
  getEsim: { id: 'esimGetTravel' },
  balance: { id: 'balanceTravel' },
  buyBundle: { id: 'buyBundleTravel' },
  apn: 'apnAskCarrier',
  roaming: { id: 'travelDataRoaming' },
  afterFailedActivation: { id: 'esimTravelInstallOnce' },
  // The sheet's PTA rules cover phones on Pakistani SIMs; nothing was found on travel eSIMs (§2.2, §2.3).
  ptaRule: { id: 'ptaTravelEsim' },
});
