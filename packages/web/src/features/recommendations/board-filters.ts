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
export const parseBoardFilters = (search: string): BoardFilters => {
  const params = new URLSearchParams(search);
  const value = (key: keyof BoardFilters) => params.get(PARAMS[key])?.trim() ?? '';
  return {
    actionField: value('actionField'),
    guideline: value('guideline'),
    search: value('search'),
  };
};

/**
 * The search string (without `?`) for the given filters. Other parameters (the "Stand vom"
 * date) stay as they are; empty filters leave the address.
 */
export const boardFiltersSearch = (current: string, filters: BoardFilters): string => {
  const params = new URLSearchParams(current);
  for (const key of Object.keys(PARAMS) as (keyof BoardFilters)[]) {
    const value = filters[key].trim();
    if (value) params.set(PARAMS[key], value);
    else params.delete(PARAMS[key]);
  }
  return params.toString();
};

export const hasFilters = (filters: BoardFilters): boolean =>
  filters.actionField !== '' || filters.guideline !== '' || filters.search !== '';

/** The query variables: the API takes null for "no filter". */
export const boardFilterVariables = (filters: BoardFilters) => ({
  actionField: filters.actionField || null,
  guideline: filters.guideline || null,
  search: filters.search || null,
});
