import { QUESTIONS, type Answers } from '../journey/flow';
import { carrierProfile } from '../content/carrier-registry';
import type { CarrierProfile } from '../content/carrier-profile';
import { DEVICE_FAMILIES, PLATFORMS, type DeviceFamily, type Platform } from '../content/devices';
import { CONNECTING_DEVICES, type ConnectingDevice, type PhoneSide } from '../content/connecting-devices';

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

/** Whose menus the sharing phone has, as the steps for the connecting device see it. */
export function phoneSideOf(answers: Answers): PhoneSide {
  return platformOf(answers).family === 'ios' ? 'ios' : 'android';
}

/** The device to put online; a Windows laptop until the person says (the most common case). */
export function connectingDeviceOf(answers: Answers): ConnectingDevice {
  return CONNECTING_DEVICES[answers.connectDevice ?? 'windows'];
}

/** The chosen network's profile ("other" when none was chosen). */
export function carrierOf(answers: Answers): CarrierProfile {
  return carrierProfile(answers.carrier);
}

/** The networks in the order the network question offers them, each with the locale key of its name. */
export function networksInQuestionOrder(): readonly { readonly id: string; readonly nameKey: string }[] {
  return QUESTIONS.carrier.options.map((id) => ({ id, nameKey: `questions.carrier.options.${id}` }));
}
