import type { ParamChanges } from '../../shared/url-state.js';

/** What the board is narrowed to; each lives in the address so a filtered board can be shared. */
export interface BoardFilters {
  /** An action field's global id, or '' for all. */
  readonly actionField: string;
  /** A guideline's global id, or '' for all. */
  readonly guideline: string;
  /** German full-text search over title and text, or ''. */
  readonly search: string;
}

export const NO_FILTERS: BoardFilters = { actionField: '', guideline: '', search: '' };

const PARAMS = {
  actionField: 'actionField',
  guideline: 'guideline',
  search: 'search',
} as const satisfies Record<keyof BoardFilters, string>;

/** The filters in a search string (`?actionField=…&search=…`, with or without the `?`). */
export const parseBoardFilters = (search: string | URLSearchParams): BoardFilters => {
  const params = new URLSearchParams(search);
  const value = (key: keyof BoardFilters) => params.get(PARAMS[key])?.trim() ?? '';
  return {
    actionField: value('actionField'),
    guideline: value('guideline'),
    search: value('search'),
  };
};

/** The address parameters for the given filters, trimmed; empty filters leave the address. */
export const boardFilterParams = (filters: BoardFilters): ParamChanges =>
  Object.fromEntries(
    (Object.keys(PARAMS) as (keyof BoardFilters)[]).map((key) => [
      PARAMS[key],
      filters[key].trim(),
    ]),
  );

export const hasFilters = (filters: BoardFilters): boolean =>
  filters.actionField !== '' || filters.guideline !== '' || filters.search !== '';

/** The query variables: the API takes null for "no filter". */
export const boardFilterVariables = (filters: BoardFilters) => ({
  actionField: filters.actionField || null,
  guideline: filters.guideline || null,
  search: filters.search || null,
});
