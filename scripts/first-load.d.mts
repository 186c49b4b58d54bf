export function firstLoad(
  dist?: string,
  language?: string,
): { jsFiles: string[]; jsGzipKiB: number; cssGzipKiB: number; htmlGzipKiB: number; brotliKiB: number; urduFontKiB: number };
