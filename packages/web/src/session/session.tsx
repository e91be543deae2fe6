import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { Provider as UrqlProvider, useQuery } from 'urql';
import { createClient } from '../graphql/client.js';
import { graphql } from '../graphql/graphql.js';
import { useLocale } from '../i18n/i18n.js';
import { csrfToken, postAuth } from './auth-api.js';

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

export type SignInResult = 'ok' | 'invalid' | 'unreachable';

interface Session {
  /** True while the browser holds a session (its CSRF cookie): in every tab, after a reload. */
  readonly signedIn: boolean;
  readonly signIn: (email: string, password: string) => Promise<SignInResult>;
  /** Adopts a session the server has just set (after the set-up link). */
  readonly refresh: () => void;
  readonly signOut: (everywhere?: boolean) => Promise<void>;
}

const SessionContext = createContext<Session>({
  signedIn: false,
  signIn: () => Promise.resolve('unreachable'),
  refresh: () => undefined,
  signOut: () => Promise.resolve(),
});

/**
 * The session lives in an httpOnly cookie the server sets, so it survives new tabs and
 * bookmarks; the client sends the CSRF token beside it. A new client per sign-in and sign-out
 * refetches everything as the new caller.
 */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const { locale } = useLocale();
  const [generation, setGeneration] = useState(0);
  const signedIn = csrfToken() !== undefined;
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const signIn = useCallback(
    async (email: string, password: string): Promise<SignInResult> => {
      const answer = await postAuth('sign-in', { email, password }, locale);
      if (answer === 'unreachable') return 'unreachable';
      if (!answer.ok) return 'invalid';
      refresh();
      return 'ok';
    },
    [locale, refresh],
  );
  const signOut = useCallback(
    async (everywhere = false) => {
      await postAuth(everywhere ? 'sign-out-everywhere' : 'sign-out', {}, locale);
      refresh();
    },
    [locale, refresh],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation is a new caller.
  const client = useMemo(() => createClient({ locale }), [locale, generation]);
  const session = useMemo(
    () => ({ signedIn, signIn, refresh, signOut }),
    [signedIn, signIn, refresh, signOut],
  );
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
