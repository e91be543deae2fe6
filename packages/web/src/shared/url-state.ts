import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';

/** Parameters to set; an empty value (or none) removes the parameter from the address. */
export type ParamChanges = Readonly<Record<string, string | null | undefined>>;

/** The parameters with the changes made; every other parameter (the "Stand vom" date) stays. */
export const withParams = (
  search: string | URLSearchParams,
  changes: ParamChanges,
): URLSearchParams => {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  return params;
};

/**
 * State kept in the address (`?stand=2017-03-07`, `?status=planned&suche=Lotsen`), so a view
 * can be bookmarked, shared, printed and gone back to: the one way screens read and write it.
 * `read` turns the parameters into the screen's value and `write` a value into the parameters
 * it sets (pass stable functions, module-level or memoised). With `replace`, a change takes the
 * current history entry instead of adding one (filters that change as one types or picks).
 */
export const useUrlState = <T>(
  read: (params: URLSearchParams) => T,
  write: (value: T) => ParamChanges,
  { replace = false }: { readonly replace?: boolean } = {},
): [T, (value: T) => void] => {
  const [params, setParams] = useSearchParams();
  const value = useMemo(() => read(params), [read, params]);
  const setValue = useCallback(
    (next: T) => setParams((current) => withParams(current, write(next)), { replace }),
    [setParams, write, replace],
  );
  return [value, setValue];
};

/** Reads the address's parameters, for screens that only read it. */
export const useUrlParams = (): URLSearchParams => useSearchParams()[0];

/** One parameter kept in the address ('' when absent). */
export const useUrlParam = (
  name: string,
  options?: { readonly replace?: boolean },
): [string, (value: string) => void] => {
  const read = useCallback((params: URLSearchParams) => params.get(name) ?? '', [name]);
  const write = useCallback((value: string) => ({ [name]: value }), [name]);
  return useUrlState(read, write, options);
};
