import { type ReactNode } from 'react';

/** The page's `h1`. It can take focus so each new screen is announced when focus moves to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 id="page-heading" className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
