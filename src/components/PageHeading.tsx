import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { showNewPage, takeHeadingFocusRequest } from './heading-focus';

/** The page's `h1`. It can take focus so each new screen is announced when focus moves to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Before paint, in the same commit that shows the heading: a screen that arrives late (after its
  // code or strings) has focus on its heading the moment it appears, never on the page body.
  useLayoutEffect(() => {
    if (takeHeadingFocusRequest() && ref.current) showNewPage(ref.current);
  }, []);
  return (
    <h1 ref={ref} id="page-heading" className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
