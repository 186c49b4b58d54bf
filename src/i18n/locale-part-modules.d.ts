/** Modules served by the locale-parts build plugin. */
declare module 'locale-part:*' {
  const strings: Record<string, unknown>;
  export default strings;
}
