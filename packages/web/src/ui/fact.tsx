import type { ReactNode } from 'react';

/** One term and its value in a `<dl className="facts">`. */
export const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="facts__row">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);
