import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useMessages } from '../i18n/i18n.js';
import { useUrlParams } from '../shared/url-state.js';
import { TextField } from '../ui/fields.js';
import { Page } from '../ui/page.js';
import { fetchProviders } from './auth-api.js';
import { sessionMessages } from './messages.js';
import { useSession } from './session.js';

type SessionMessages = (typeof sessionMessages)['de'];

/** Why the last sign-in at the identity provider gave no session (`?sso=` from /auth/oidc). */
const SSO_FAILURES: Readonly<Record<string, keyof SessionMessages>> = {
  NO_MAPPED_GROUP: 'ssoNoMappedGroup',
  ACCESS_DENIED: 'ssoAccessDenied',
  NO_EMAIL: 'ssoNoEmail',
  EMAIL_TAKEN: 'ssoEmailTaken',
  PROVIDER_UNREACHABLE: 'ssoProviderUnreachable',
};

const ssoFailure = (m: SessionMessages, code: string | null): string | undefined =>
  code === null ? undefined : m[SSO_FAILURES[code] ?? 'ssoSignInFailed'];

export const SignInScreen = () => {
  const m = useMessages(sessionMessages);
  const failure = ssoFailure(m, useUrlParams().get('sso'));
  const { signIn } = useSession();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [sso, setSso] = useState(false);
  useEffect(() => {
    void fetchProviders().then((providers) => setSso(providers.sso));
  }, []);
  return (
    <Page title={m.title}>
      <p className="lead">{m.intro}</p>
      {failure ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{m.ssoFailedTitle}</p>
          <p>{failure}</p>
        </div>
      ) : null}
      <form
        className="form form--narrow"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!email.trim() || !password) {
            setError(m.empty);
            return;
          }
          setPending(true);
          const result = await signIn(email.trim(), password);
          setPending(false);
          if (result !== 'ok') {
            setError(result === 'invalid' ? m.invalid : m.unreachable);
            return;
          }
          navigate('/');
        }}
      >
        <TextField
          label={m.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          label={m.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={error}
        />
        <p className="field__hint">{m.staysFor}</p>
        <button type="submit" className="button button--primary" disabled={pending}>
          {m.submit}
        </button>
        {sso ? (
          <>
            <p>
              {m.or}{' '}
              <a className="button" href="/auth/oidc/start">
                {m.sso}
              </a>
            </p>
            <p className="field__hint">{m.ssoHint}</p>
          </>
        ) : null}
      </form>
    </Page>
  );
};
