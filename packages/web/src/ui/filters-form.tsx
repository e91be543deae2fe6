import type { ReactNode } from 'react';

/**
 * A list's filters as a form: applying them (Enter, or its button) hands them to `onApply`
 * instead of sending the page.
 */
export const FiltersForm = ({
  onApply,
  className = 'filters',
  children,
}: {
  readonly onApply: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}) => (
  <form
    className={className}
    onSubmit={(event) => {
      event.preventDefault();
      onApply();
    }}
  >
    {children}
  </form>
);
