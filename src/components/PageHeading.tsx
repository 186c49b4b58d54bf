import { useEffect, useRef, type ReactNode } from 'react';
import { takeHeadingFocusRequest } from './heading-focus';

/** The page's `h1`. It can take focus so each new screen is announced when focus moves to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocusRequest()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} id="page-heading" className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
