import { useState } from 'react';
import { useLocation } from 'wouter';
import { useLocale, useMessages } from '../i18n/i18n.js';
import { TextField } from '../ui/fields.js';
import { Page } from '../ui/page.js';
import { sessionMessages } from './messages.js';
import { useSession } from './session.js';

type Check = 'valid' | 'invalid' | 'unreachable';

/** Asks the API whether it accepts the token before keeping it. */
const checkToken = async (token: string, locale: string): Promise<Check> => {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': locale,
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    return response.status === 401 ? 'invalid' : response.ok ? 'valid' : 'unreachable';
  } catch {
    return 'unreachable';
  }
};

export const SignInScreen = () => {
  const m = useMessages(sessionMessages);
  const { locale } = useLocale();
  const { signIn } = useSession();
  const [, navigate] = useLocation();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  return (
    <Page title={m.title}>
      <p className="lead">{m.intro}</p>
      <form
        className="form form--narrow"
        onSubmit={async (event) => {
          event.preventDefault();
          const trimmed = token.trim();
          if (!trimmed) {
            setError(m.emptyToken);
            return;
          }
          setPending(true);
          const check = await checkToken(trimmed, locale);
          setPending(false);
          if (check !== 'valid') {
            setError(check === 'invalid' ? m.invalid : m.unreachable);
            return;
          }
          signIn(trimmed);
          navigate('/');
        }}
      >
        <TextField
          label={m.token}
          type="password"
          name="token"
          autoComplete="off"
          required
          value={token}
          onChange={setToken}
          hint={m.tokenHint}
          error={error}
        />
        <p className="field__hint">{m.storedFor}</p>
        <button type="submit" className="button button--primary" disabled={pending}>
          {m.submit}
        </button>
      </form>
    </Page>
  );
};
