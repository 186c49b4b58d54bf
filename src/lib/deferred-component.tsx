import { lazy, memo, useState, type ComponentType } from 'react';

export interface DeferredComponent<P> {
  /** Renders the component once loaded; suspends (shows the nearest Suspense fallback) until then. */
  readonly Deferred: ComponentType<P>;
  /** Starts loading it, and what it needs, ahead of need (once). */
  readonly preload: () => Promise<unknown>;
}

/**
 * A component fetched on demand, like `React.lazy`, together with what it needs before it can render
 * (its strings, say); it can be fetched ahead of need, and a failed fetch is tried again on the next
 * render ("Try again") instead of failing for good.
 */
export function deferredComponent<P extends object>(
  loadCode: () => Promise<ComponentType<P>>,
  needs: () => Promise<unknown> = () => Promise.resolve(),
): DeferredComponent<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const makeLazy = () => lazy(async () => ({ default: await preload() }));
  let Current = makeLazy();
  function preload(): Promise<ComponentType<P>> {
    pending ??= Promise.all([loadCode(), needs()]).then(
      ([component]) => (loaded = component),
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
  // Memoised: a parent's re-render (an option chosen, say) does not re-render the part with the same props.
  return { Deferred: memo(Deferred), preload };
}
