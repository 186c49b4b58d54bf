import '../styles/main.css';

/** Lets the browser paint and handle input between large pieces of start-up work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Start-up in separate tasks (React DOM, then the app), so no single task blocks the page for long;
 * the start page is usually already on screen from the HTML meanwhile.
 */
async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const [{ createRoot, hydrateRoot }, { StrictMode, startTransition }] = await Promise.all([
    import('react-dom/client'),
    import('react'),
  ]);
  await yieldToBrowser();
  const { bootstrap } = await import('./bootstrap');
  await yieldToBrowser();
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
