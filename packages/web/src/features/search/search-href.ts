import { useCallback } from 'react';
import { useHrefWithAsOf } from '../../as-of/as-of.js';

export const SEARCH_PATH = '/search';
/** The address parameters of the results page: the search text and the kind shown. */
export const QUERY_PARAM = 'q';
export const KIND_PARAM = 'art';

/** The results page for a search, keeping "Stand vom …" as every link does. */
export const useSearchHref = (): ((query: string, kind?: string) => string) => {
  const href = useHrefWithAsOf();
  return useCallback(
    (query: string, kind?: string) => {
      const [path, asOf] = href(SEARCH_PATH).split('?');
      const params = new URLSearchParams(asOf);
      params.set(QUERY_PARAM, query);
      if (kind) params.set(KIND_PARAM, kind);
      return `${path}?${params.toString()}`;
    },
    [href],
  );
};
