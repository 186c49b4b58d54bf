import { checkHotspotName } from './hotspot-name';
import { hotspotPasswordIssue } from './password';

/**
 * Whether a join QR code can be drawn for this name and password: a name that fits an SSID and a
 * password phones accept. A name with characters laptops show badly is warned about, not refused.
 */
export function joinCodeReady(name: string, password: string): boolean {
  if (password === '' || hotspotPasswordIssue(password) !== null) return false;
  const nameIssues = checkHotspotName(name);
  return !nameIssues.includes('empty') && !nameIssues.includes('tooLong');
}
