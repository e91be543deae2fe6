import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';

const updated = (search: string, changes: Readonly<Record<string, string>>): URLSearchParams => {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  return params;
};

/**
 * Filters kept in the address (`?status=planned&suche=Lotsen`), so a filtered view can be
 * bookmarked and shared. `names` maps each filter to its parameter; other parameters (such as
 * the "Stand vom" date) stay as they are.
 */
export const useSearchParams = <F extends { [K in keyof F]: string }>(
  names: {
    readonly [K in keyof F]: string;
  },
): [F, (changes: Partial<F>) => void] => {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const values = useMemo(() => {
    const params = new URLSearchParams(search);
    const entries = Object.entries<string>(names);
    return Object.fromEntries(entries.map(([key, name]) => [key, params.get(name) ?? ''])) as F;
  }, [search, names]);
  const setValues = useCallback(
    (changes: Partial<F>) => {
      const byName = Object.fromEntries(
        Object.entries<string | undefined>(changes).map(([key, value]) => [
          names[key as keyof F],
          value ?? '',
        ]),
      );
      const query = updated(search, byName).toString();
      navigate(query ? `${location}?${query}` : location, { replace: true });
    },
    [search, location, navigate, names],
  );
  return [values, setValues];
};

/** One filter kept in the address. */
export const useSearchParam = (name: string): [string, (value: string) => void] => {
  const names = useMemo(() => ({ value: name }), [name]);
  const [values, setValues] = useSearchParams<{ value: string }>(names);
  const setValue = useCallback((value: string) => setValues({ value }), [setValues]);
  return [values.value, setValue];
};
