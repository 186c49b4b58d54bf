import type { Answers } from '../wizard/flow/questions';

/** The phone software family whose menus a person will follow. */
export type Platform =
  | 'ios'
  | 'samsung'
  | 'xiaomi'
  | 'oppo'
  | 'vivo'
  | 'transsion'
  | 'pixel'
  | 'huawei'
  | 'androidOther'
  | 'unknown';

export function platformOf(answers: Answers): Platform {
  switch (answers.device) {
    case 'iphone':
    case 'ipad':
      return 'ios';
    case 'android':
      return !answers.androidBrand || answers.androidBrand === 'other' ? 'androidOther' : answers.androidBrand;
    default:
      return 'unknown';
  }
}
