import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { Empty, Loading, QueryError } from './feedback.js';
import { type Option, SelectField, TextField } from './fields.js';

/** One filter of a list: a choice whose empty value means "all". */
export interface ListChoice {
  readonly label: string;
  readonly allLabel: string;
  readonly options: readonly Option[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/**
 * A list page's filters and what they found: the filters (a search landmark, not printed), the
 * query's error or progress, how many (announced), the items or a note that none match, and a
 * warning where the API had more than one page.
 */
export const FilteredList = ({
  filtersLabel,
  choices,
  search,
  error,
  retry,
  loaded,
  count,
  empty,
  more,
  children,
}: {
  readonly filtersLabel: string;
  readonly choices: readonly ListChoice[];
  readonly search: {
    readonly label: string;
    readonly value: string;
    readonly onChange: (value: string) => void;
  };
  readonly error: CombinedError | undefined;
  readonly retry: () => void;
  readonly loaded: boolean;
  readonly count: string;
  /** The note shown instead of the items, where none match. */
  readonly empty: string | null;
  /** The warning that only the first page is shown, where the API has more. */
  readonly more: string | null;
  readonly children: ReactNode;
}) => (
  <>
    <search className="filters no-print" aria-label={filtersLabel}>
      {choices.map((choice) => (
        <SelectField
          key={choice.label}
          label={choice.label}
          value={choice.value}
          options={[{ value: '', label: choice.allLabel }, ...choice.options]}
          onChange={choice.onChange}
        />
      ))}
      <TextField
        label={search.label}
        type="search"
        value={search.value}
        onChange={search.onChange}
      />
    </search>
    {error ? <QueryError error={error} retry={retry} /> : null}
    {!loaded && !error ? <Loading /> : null}
    {loaded ? (
      <>
        <p className="meta" role="status">
          {count}
        </p>
        {empty === null ? children : <Empty>{empty}</Empty>}
        {more === null ? null : <p className="notice notice--warning">{more}</p>}
      </>
    ) : null}
  </>
);
