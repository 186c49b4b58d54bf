import { dials, type Dialling } from '../lib/dialling';
import { siteHref, smsHref, telHref, whatsAppHref } from '../lib/dial-links';
import type { Fact, FactKind } from './fact-types';

/** Where a tap on a fact's value takes the person. */
export interface FactLink {
  readonly href: string;
  /** A site or a WhatsApp chat opens in a new tab; the dialler and messages open in their own apps. */
  readonly newTab: boolean;
}

/** Codes, numbers and sites, which the person dials, texts or opens elsewhere: each can be copied. */
const COPYABLE: ReadonlySet<FactKind> = new Set(['ussd', 'sms', 'phone', 'whatsapp', 'web']);

export const isCopyable = (fact: Fact): boolean => COPYABLE.has(fact.kind);

const opened = (newTab: boolean) => (href: string | undefined) => (href === undefined ? undefined : { href, newTab });
const inApp = opened(false);
const inTab = opened(true);

/**
 * The link a fact's value is, on a device that dials as `dialling` says: a code or number opens the
 * dialler and a short code messages where the device can dial them; a WhatsApp number and a site are
 * links everywhere. APNs, app names and menu paths are never links.
 */
export function factLink(fact: Fact, dialling: Dialling): FactLink | undefined {
  switch (fact.kind) {
    case 'ussd':
    case 'phone':
      return dials(dialling, fact.value) ? inApp(telHref(fact.value)) : undefined;
    case 'sms':
      return dialling === 'none' ? undefined : inApp(smsHref(fact.value));
    case 'whatsapp':
      return inTab(whatsAppHref(fact.value));
    case 'web':
      return inTab(siteHref(fact.value));
    default:
      return undefined;
  }
}
