import { useEffect, useState } from 'react';

interface Localized {
  readonly de: string;
  readonly en: string;
}

interface Download {
  readonly name: string;
  readonly format: 'CSV' | 'JSON' | 'ZIP';
  readonly url: string;
  readonly byteSize: number;
  readonly rows?: number;
}

/** What the API's `/daten/index.json` lists (open-data/open-data-route.ts). */
export interface OpenDataIndex {
  readonly modified: string;
  readonly logPosition: number;
  readonly licence: { readonly uri: string; readonly title: string; readonly page: string };
  readonly publisher: string;
  readonly catalogue: string;
  readonly dictionary: { readonly json: string; readonly markdown: string };
  readonly processes: readonly {
    readonly slug: string;
    readonly title: string;
    readonly zip: Download;
    readonly tables: readonly {
      readonly name: string;
      readonly title: Localized;
      readonly files: readonly Download[];
    }[];
  }[];
}

/** The data dictionary (`/daten/datenlexikon.json`). */
export interface DataDictionary {
  readonly typen: Readonly<Record<string, Localized>>;
  readonly dateien: readonly {
    readonly name: string;
    readonly titel: Localized;
    readonly beschreibung: Localized;
    readonly spalten: readonly {
      readonly name: string;
      readonly typ: string;
      readonly bedeutung: Localized;
      readonly beispiel: string;
      readonly leer_erlaubt: boolean;
    }[];
  }[];
}

type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly data: T };

/**
 * A public JSON document of the API's open data. Plain files rather than GraphQL: they are what a
 * journalist downloads too, so the page shows exactly what is served.
 */
export const usePublicJson = <T>(path: string): Loaded<T> => {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const request = new AbortController();
    fetch(path, { signal: request.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        setLoaded({ state: 'ready', data: (await response.json()) as T });
      })
      .catch(() => {
        if (!request.signal.aborted) setLoaded({ state: 'failed' });
      });
    return () => request.abort();
  }, [path]);
  return loaded;
};
