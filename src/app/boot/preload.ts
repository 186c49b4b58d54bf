/** Asks for a font, a module or a stylesheet the page will need, without waiting for what would ask for it. */
export function preload(href: string, kind: 'font' | 'module' | 'style' = href.endsWith('.css') ? 'style' : 'module'): void {
  const link = document.createElement('link');
  if (kind === 'module') {
    link.rel = 'modulepreload';
  } else {
    link.rel = 'preload';
    link.as = kind;
    if (kind === 'font') link.type = 'font/woff2';
  }
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}
