import { checkHotspotName } from './hotspot-name';
import { hotspotPasswordIssue } from './password';

/**
 * What still keeps a join QR code from being drawn: a name that does not fit an SSID, then a password
 * phones would refuse; null when nothing does. A name with characters laptops show badly is warned
 * about, not refused.
 */
export function joinCodeMissing(name: string, password: string): 'name' | 'password' | null {
  const nameIssues = checkHotspotName(name);
  if (nameIssues.includes('empty') || nameIssues.includes('tooLong')) return 'name';
  if (password === '' || hotspotPasswordIssue(password) !== null) return 'password';
  return null;
}

/** Whether a join QR code can be drawn for this name and password. */
export function joinCodeReady(name: string, password: string): boolean {
  return joinCodeMissing(name, password) === null;
}
