import qrcode from 'qrcode-generator';

/**
 * The "join this Wi-Fi" QR code that phone and laptop cameras understand
 * (the ZXing `WIFI:` format also used by Android's "Share Wi-Fi").
 */

export interface WifiJoinDetails {
  readonly ssid: string;
  readonly password: string;
  readonly hidden?: boolean;
}

/** Backslash-escapes `\ ; , : "`; one pass, so inserted backslashes are never escaped again. */
function escapeWifiField(text: string): string {
  return text.replace(/[\\;,:"]/g, '\\$&');
}

/**
 * `WIFI:T:WPA;S:<ssid>;P:<password>;;`, with `H:true;` when the network is hidden, and
 * `T:nopass` without `P:` when the password is empty.
 */
export function wifiJoinPayload({ ssid, password, hidden = false }: WifiJoinDetails): string {
  const security = password === '' ? 'T:nopass;' : 'T:WPA;';
  const secret = password === '' ? '' : `P:${escapeWifiField(password)};`;
  return `WIFI:${security}S:${escapeWifiField(ssid)};${secret}${hidden ? 'H:true;' : ''};`;
}

const encoder = new TextEncoder();

/** Byte-mode capacity of the largest QR code (version 40) at error correction level M. */
export const MAX_QR_BYTES = 2331;

/**
 * The QR code modules for `text` (true = dark), row by row, without the quiet zone: byte mode,
 * UTF-8, error correction level M, smallest version that fits.
 * @throws RangeError when the text is longer than {@link MAX_QR_BYTES} bytes in UTF-8.
 */
export function qrMatrix(text: string): boolean[][] {
  const bytes = encoder.encode(text);
  if (bytes.length > MAX_QR_BYTES) {
    throw new RangeError(`Text too long for a QR code: ${bytes.length} bytes, at most ${MAX_QR_BYTES}.`);
  }
  // The library turns each UTF-16 code unit into one byte (`code & 0xff`), so hand it the UTF-8
  // bytes as a "binary string" instead of replacing its global `stringToBytes`.
  const code = qrcode(0, 'M');
  code.addData(String.fromCharCode(...bytes), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}
