import { lazy, useState, type ComponentType } from 'react';

export interface DeferredComponent<P> {
  /** Renders the component once loaded; suspends (shows the nearest Suspense fallback) until then. */
  readonly Deferred: ComponentType<P>;
  /** Starts loading it ahead of need (once). */
  readonly preload: () => Promise<unknown>;
}

/**
 * A component fetched on demand, like `React.lazy`, that can also be fetched ahead of need, and whose
 * failed fetch is tried again on the next render ("Try again") instead of failing for good.
 */
export function deferredComponent<P extends object>(load: () => Promise<ComponentType<P>>): DeferredComponent<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const makeLazy = () => lazy(async () => ({ default: await preload() }));
  let Current = makeLazy();
  function preload(): Promise<ComponentType<P>> {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        Current = makeLazy();
        throw error;
      },
    );
    return pending;
  }
  function Deferred(props: P) {
    // Loaded already: render at once, with no fallback in between. Chosen once per mount, so the
    // component keeps its state when it arrives while mounted.
    const [Component] = useState(() => loaded ?? Current);
    return <Component {...props} />;
  }
  return { Deferred, preload };
}
