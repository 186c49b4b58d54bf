/**
 * Runs inline at the end of index.html's body, once the start page's HTML is parsed, before the first
 * paint: puts the first screen `pre-paint.ts` chose in place and starts the app. The start page in the
 * visitor's language is taken from its template (the HTML's own is English); a screen the app builds
 * starts from an empty root (its files are on their way already).
 */

/** Runs the app's entry module (`pre-paint.ts` has asked for it and what it imports already). */
function startApp(src: string | undefined): void {
  if (!src) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = src;
  document.head.append(script);
}

const html = document.documentElement;
const root = document.getElementById('root');
const app = document.querySelector<HTMLScriptElement>('script[data-app]')?.dataset.app;
const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-prerendered]')];
const language = html.dataset.language;
if (root && html.dataset.screen === 'start') {
  const template = templates.find((t) => t.dataset.prerendered === language);
  if (template) root.replaceChildren(template.content.cloneNode(true));
  if (template || language === 'en') root.dataset.prerendered = language;
} else if (root) {
  root.replaceChildren();
}
startApp(app);
for (const template of templates) template.remove();
delete html.dataset.wait;
