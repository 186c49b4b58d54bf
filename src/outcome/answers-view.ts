import { QUESTIONS, type Answers } from '../journey/flow';
import { carrierProfile } from '../content/carrier-registry';
import type { CarrierProfile } from '../content/carrier-profile';
import { DEVICE_FAMILIES, PLATFORMS, type DeviceFamily, type Platform } from '../content/devices';

/** The phone software whose menus the person will follow, from the device and brand answers. */
export function platformOf(answers: Answers): Platform {
  switch (answers.device) {
    case 'iphone':
    case 'ipad':
      return PLATFORMS.ios;
    case 'android':
      return !answers.androidBrand || answers.androidBrand === 'other' ? PLATFORMS.androidOther : PLATFORMS[answers.androidBrand];
    default:
      return PLATFORMS.unknown;
  }
}

export function deviceFamilyOf(answers: Answers): DeviceFamily {
  return DEVICE_FAMILIES[platformOf(answers).family];
}

/** The chosen network's profile ("other" when none was chosen). */
export function carrierOf(answers: Answers): CarrierProfile {
  return carrierProfile(answers.carrier);
}

/** The networks in the order the network question offers them, each with the locale key of its name. */
export function networksInQuestionOrder(): readonly { readonly id: string; readonly nameKey: string }[] {
  return QUESTIONS.carrier.options.map((id) => ({ id, nameKey: `questions.carrier.options.${id}` }));
}
