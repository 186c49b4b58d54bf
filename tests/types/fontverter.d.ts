/** The one call the font test makes: WOFF2 to a plain OpenType font. */
declare module 'fontverter' {
  export function convert(font: Uint8Array, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Uint8Array>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
