/** The CSRF cookie's value (the session's own token), or undefined without a session. */
export const csrfToken = (): string | undefined =>
  globalThis.document?.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === 'fahrplan_csrf')?.[1] || undefined;

/** What every request of a signed-in browser carries beside the session cookie. */
export const csrfHeaders = (): Record<string, string> => {
  const token = csrfToken();
  return token ? { 'x-csrf-token': token } : {};
};

export interface AuthAnswer {
  readonly ok: boolean;
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
}

/** POSTs JSON to the API's /auth routes; 'unreachable' when the server does not answer. */
export const postAuth = async (
  path: 'sign-in' | 'setup' | 'sign-out' | 'sign-out-everywhere',
  body: Record<string, string>,
  locale: string,
): Promise<AuthAnswer | 'unreachable'> => {
  try {
    const response = await fetch(`/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale, ...csrfHeaders() },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => ({}))) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    const error = answer.errors?.[0];
    return {
      ok: response.ok,
      status: response.status,
      ...(error?.extensions?.code ? { code: error.extensions.code } : {}),
      ...(error?.message ? { message: error.message } : {}),
    };
  } catch {
    return 'unreachable';
  }
};

/** Whether single sign-on is configured (the sign-in page offers it then). */
export const fetchProviders = async (): Promise<{ sso: boolean }> => {
  try {
    const response = await fetch('/auth/providers');
    return response.ok ? ((await response.json()) as { sso: boolean }) : { sso: false };
  } catch {
    return { sso: false };
  }
};
