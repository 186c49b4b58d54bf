import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '../styles/main.css';
import { bootstrap } from './bootstrap';

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const { element, language, screen } = await bootstrap();
  const app = <StrictMode>{element}</StrictMode>;
  // The start page is already in the HTML (rendered at build time): take it over in place.
  if (root.dataset.prerendered === language && screen === 'freshStart') {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    const reactRoot = createRoot(root);
    // Rendered in a transition, so a long checklist renders in slices rather than one long task.
    startTransition(() => reactRoot.render(app));
  }
}

void main();
