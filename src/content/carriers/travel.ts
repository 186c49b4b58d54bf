import { defineCarrier } from '../carrier-profile';

/**
 * Where a travel eSIM's APN is: each provider sets its own, and none is listed here (fact sheet §6).
 * Airalo keeps the installation instructions in its app (My eSIMs, the eSIM's details) and in a PDF
 * with the order email: https://www.airalo.com/nb/help/erste-achritte-mit-airalo/E8DFWD88SHUX/wie-richte-ich-eine-esim-auf-meinem-iosger%C3%A4t-ein-und-installiere-sie/3Z7U0CAC64GF
 * (read 2026-12-02).
 */
const APN_NOTE = 'checklist.apnNote.travel';

/** A travel eSIM (Airalo, Holafly, Nomad and the like; fact sheet §6): it roams on a local network. */
export default defineCarrier({
  id: 'travel',
  facts: {},
  getEsim: { id: 'esimGetTravel' },
  balance: { id: 'balanceTravel' },
  buyBundle: { id: 'buyBundleTravel' },
  apn: { id: 'apnTravel', text: 'apnAskCarrier', notes: [APN_NOTE] },
  apnForSteps: { note: APN_NOTE },
  roaming: { id: 'travelDataRoaming' },
  afterFailedActivation: { id: 'esimTravelInstallOnce' },
  // The sheet's PTA rules cover phones on Pakistani SIMs; nothing was found on travel eSIMs (§2.2, §2.3).
  ptaRule: { id: 'ptaTravelEsim' },
});
