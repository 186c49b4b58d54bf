import '../styles/main.css';
import { nextTask } from '../lib/next-task';

/**
 * Start-up in separate tasks (React DOM, then the app), so no single task blocks the page for long;
 * the start page is usually already on screen from the HTML meanwhile.
 */
async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  // Fetched alongside React DOM; each module runs in its own task as it arrives.
  const bootstrapLoaded = import('./bootstrap');
  const [{ createRoot, hydrateRoot }, { StrictMode, startTransition }] = await Promise.all([
    import('react-dom/client'),
    import('react'),
  ]);
  await nextTask();
  const { bootstrap } = await bootstrapLoaded;
  await nextTask();
  const { element, language, screen } = await bootstrap();
  const app = <StrictMode>{element}</StrictMode>;
  // The start page is already in the HTML (rendered at build time): take it over in place.
  // Both in a transition, so React works in slices with room for input in between, rather than in
  // one long task.
  if (root.dataset.prerendered === language && screen === 'freshStart') {
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    const reactRoot = createRoot(root);
    startTransition(() => reactRoot.render(app));
  }
}

void main();
