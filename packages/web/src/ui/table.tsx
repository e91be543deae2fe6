import type { ReactNode } from 'react';

/**
 * A table of rows under a header row of column names (`scope="col"`, so a screen reader names
 * each cell by its column); `caption` names it for screen readers only, where the heading above
 * does not. Wrapped (the default), a wide table scrolls sideways on its own on a narrow screen
 * instead of the whole page.
 */
export const Table = ({
  columns,
  caption,
  className,
  testId,
  wrap = true,
  children,
}: {
  readonly columns: readonly string[];
  readonly caption?: string;
  readonly className?: string;
  readonly testId?: string;
  readonly wrap?: boolean;
  /** The rows (`<tr>`) of its body. */
  readonly children: ReactNode;
}) => {
  const table = (
    <table className={className} data-testid={testId}>
      {caption === undefined ? null : <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return wrap ? <div className="table-wrap">{table}</div> : table;
};
