/**
 * Links that open the dialler, messages, WhatsApp or a site with a value filled in, or `undefined` where
 * the value is not one a link can carry as written.
 */

/** A number or USSD code for the dialler: `#` must be written `%23` or the dialler drops it and all after. */
export function telHref(value: string): string | undefined {
  return /^\+?[0-9*#]+$/.test(value) ? `tel:${value.replaceAll('#', '%23')}` : undefined;
}

/** A new message to a number or short code, its text left to the person. */
export function smsHref(number: string): string | undefined {
  return /^\+?[0-9]+$/.test(number) ? `sms:${number}` : undefined;
}

/**
 * A WhatsApp chat with a Pakistani mobile number written as dialled at home (03xx and seven digits),
 * which becomes 92 3xx... in international form; any other form is not guessed at.
 */
export function whatsAppHref(number: string): string | undefined {
  return /^03[0-9]{9}$/.test(number) ? `https://wa.me/92${number.slice(1)}` : undefined;
}

/** A site given by its host name (and path), or by its full https address. */
export function siteHref(site: string): string | undefined {
  if (/^https:\/\/[^\s]+$/.test(site)) return site;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s]*)?$/i.test(site) ? `https://${site}` : undefined;
}
