/**
 * What a tap on a `tel:` link can dial on this device: nothing on a computer or a tablet, plain numbers
 * on an iPhone (its Phone app refuses to dial a link holding * or #, so USSD codes are copied instead),
 * numbers and codes on other phones (Android's dialler opens with the code typed in).
 */
export type Dialling = 'none' | 'numbers' | 'codes';

/** The parts of `navigator` read here; `userAgentData` exists only in Chromium browsers. */
export interface UserAgentInfo {
  readonly userAgent?: string;
  readonly userAgentData?: { readonly mobile?: boolean };
}

/**
 * What this browser's device can dial, from its user agent. Without one (rendering at build time, where
 * there is no `navigator`) it dials nothing. iPads and iPods have no phone line; Android tablets leave
 * "Mobile" out of their user agent.
 */
export function diallingOf(agent: UserAgentInfo | undefined): Dialling {
  const userAgent = agent?.userAgent ?? '';
  if (/iPhone/.test(userAgent)) return 'numbers';
  if (/iPad|iPod/.test(userAgent)) return 'none';
  return agent?.userAgentData?.mobile === true || /Mobi/.test(userAgent) ? 'codes' : 'none';
}

/** Whether a tap on a link to this number or code dials it. */
export function dials(dialling: Dialling, value: string): boolean {
  return dialling === 'codes' || (dialling === 'numbers' && !/[*#]/.test(value));
}
