import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/outcome/build-checklist';
import { type Answers } from '../../src/journey/flow';

const base: Answers = { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', esimState: 'active', mobileData: 'yes' };

describe('buildChecklist', () => {
  it('Zong eSIM on an Infinix, laptop joins but no internet', () => {
    const steps = buildChecklist({
      device: 'android',
      androidBrand: 'transsion',
      connectDevice: 'windows',
      esimSupport: 'yes',
      pta: 'registered',
      carrier: 'zong',
      esimState: 'active',
      mobileData: 'yes',
      dataBalance: 'notSure',
      hotspotIssue: 'noInternet',
    });
    expect(steps).toEqual([
      'balanceZong',
      'zongBalanceSave',
      'hotspotOnTranssion',
      'hotspotNamePassword',
      'joinWindows',
      'dataLimitWindows',
      'fixPhoneOwnInternet',
      'mobileDataSuspended',
      'fixVpnAndroid',
      'dataLineAndroid',
      'fixTetheringBlocked',
      'fixUpdateSoftware',
      'fixResetNetwork',
      'safetyDataUse',
      'safetyConnectedDevices',
      'safetyInFlight',
      'checkOnDevice',
    ]);
  });

  it('mainland-China iPhone without eSIM gets the physical SIM path and the warning', () => {
    const steps = buildChecklist({ ...base, esimSupport: 'no', carrier: 'jazz', dataBalance: 'enough', hotspotIssue: 'notSetUp' });
    expect(steps.slice(0, 2)).toEqual(['noEsimUsePhysicalSim', 'chinaIphoneNoEsim']);
    expect(steps).toContain('jazzReservation');
    expect(steps).toContain('hotspotOnIos');
  });

  it('travel eSIM with no signal: roaming on for that line, then set-up', () => {
    const steps = buildChecklist({ ...base, pta: 'visitor', carrier: 'travel', esimState: 'noSignal' });
    expect(steps.slice(0, 5)).toEqual(['ptaVisitor', 'ptaTravelEsim', 'esimNoSignal', 'travelDataRoaming', 'hotspotOnIos']);
  });

  it('travel eSIM: the PTA rules are said to cover Pakistani SIMs, not stated as certain for this line', () => {
    const travel = { ...base, carrier: 'travel', dataBalance: 'enough', hotspotIssue: 'notSetUp' } as const;
    const unregistered = buildChecklist({ ...travel, pta: 'notRegistered' });
    expect(unregistered[0]).toBe('ptaTravelEsim');
    expect(unregistered).not.toContain('ptaNotRegistered');
    expect(buildChecklist({ ...travel, pta: 'notSure' }).slice(0, 2)).toEqual(['ptaCheckStatus', 'ptaTravelEsim']);
    expect(buildChecklist({ ...travel, pta: 'registered' })).not.toContain('ptaTravelEsim');
    // A Pakistani network keeps the 60-day warning.
    expect(buildChecklist({ ...travel, carrier: 'zong', pta: 'notRegistered' })[0]).toBe('ptaNotRegistered');
    expect(buildChecklist({ ...travel, carrier: 'zong', pta: 'notSure' })).not.toContain('ptaTravelEsim');
  });

  it('unregistered phone is warned first', () => {
    const steps = buildChecklist({ ...base, pta: 'notRegistered', carrier: 'ufone', dataBalance: 'none', hotspotIssue: 'slow' });
    expect(steps[0]).toBe('ptaNotRegistered');
    expect(steps).toEqual(expect.arrayContaining(['balanceUfone', 'buyBundleOther', 'fixSignal', 'fixIosIdle']));
  });

  it('phone without mobile internet: fix the phone before the hotspot', () => {
    const steps = buildChecklist({ ...base, carrier: 'telenor', mobileData: 'no', dataBalance: 'low' });
    expect(steps.indexOf('mobileDataOn')).toBeLessThan(steps.indexOf('hotspotOnIos'));
    expect(steps).toEqual(expect.arrayContaining(['dataLineIos', 'apnTelenor', 'balanceTelenor', 'buyBundleTelenor']));
    expect(steps).not.toContain('fixPasswordRules');
  });

  it('eSIM not installed yet on Jazz: where to get it', () => {
    expect(buildChecklist({ ...base, carrier: 'jazz', esimState: 'notInstalled' })[0]).toBe('esimGetJazz');
  });

  it('is pure: same answers, same list; answers off the path change nothing', () => {
    const answers: Answers = { ...base, carrier: 'onic', dataBalance: 'low', hotspotIssue: 'missing' };
    expect(buildChecklist(answers)).toEqual(buildChecklist({ ...answers }));
    expect(buildChecklist({ ...answers, androidBrand: 'samsung' })).toEqual(buildChecklist(answers));
  });
});
