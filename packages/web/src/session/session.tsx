import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { Provider as UrqlProvider, useQuery } from 'urql';
import { createClient } from '../graphql/client.js';
import { graphql } from '../graphql/graphql.js';
import { useLocale } from '../i18n/i18n.js';

/** Session storage: the token lives as long as the tab, and is gone when it closes. */
const STORAGE_KEY = 'fahrplan.token';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      name
      publicOnly
      permissions
    }
  }
`);

export interface Viewer {
  readonly role: string | null;
  readonly name: string | null;
  readonly publicOnly: boolean;
  readonly permissions: readonly string[];
}

const ANONYMOUS: Viewer = { role: null, name: null, publicOnly: true, permissions: [] };

interface Session {
  readonly token: string | null;
  readonly signIn: (token: string) => void;
  readonly signOut: () => void;
}

const SessionContext = createContext<Session>({
  token: null,
  signIn: () => undefined,
  signOut: () => undefined,
});

/** Holds the token and gives every query and mutation below a client that sends it. */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const { locale } = useLocale();
  const [token, setToken] = useState<string | null>(
    () => globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? null,
  );
  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(STORAGE_KEY, next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setToken(null);
  }, []);
  const client = useMemo(() => createClient({ token, locale }), [token, locale]);
  const session = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return (
    <SessionContext.Provider value={session}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
};

export const useSession = (): Session => useContext(SessionContext);

/** Who is signed in, and what they may do; anonymous until the API has answered. */
export const useViewer = (): Viewer & { readonly can: (mutation: string) => boolean } => {
  const [{ data }] = useQuery({ query: ViewerQuery, requestPolicy: 'cache-first' });
  const viewer = data?.viewer ?? ANONYMOUS;
  return useMemo(
    () => ({ ...viewer, can: (mutation: string) => viewer.permissions.includes(mutation) }),
    [viewer],
  );
};
