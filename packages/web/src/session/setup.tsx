import { useState } from 'react';
import { useLocation } from 'wouter';
import { useLocale, useMessages } from '../i18n/i18n.js';
import { TextField } from '../ui/fields.js';
import { Page } from '../ui/page.js';
import { postAuth } from './auth-api.js';
import { sessionMessages } from './messages.js';
import { useSession } from './session.js';

/**
 * The one-time set-up link (`/einrichten#<code>`): the code stays in the fragment, which the
 * browser never sends to a server or writes into access logs.
 */
export const SetupScreen = () => {
  const m = useMessages(sessionMessages);
  const { locale } = useLocale();
  const { refresh } = useSession();
  const [, navigate] = useLocation();
  const secret = globalThis.location?.hash.slice(1) ?? '';
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<string | undefined>(secret ? undefined : m.setupMissing);
  const [pending, setPending] = useState(false);
  return (
    <Page title={m.setupTitle}>
      <p className="lead">{m.setupIntro}</p>
      <form
        className="form form--narrow"
        onSubmit={async (event) => {
          event.preventDefault();
          if (password !== repeated) {
            setError(m.mismatch);
            return;
          }
          setPending(true);
          const answer = await postAuth('setup', { secret, password }, locale);
          setPending(false);
          if (answer === 'unreachable') {
            setError(m.unreachable);
            return;
          }
          if (!answer.ok) {
            setError(answer.message ?? m.unreachable);
            return;
          }
          refresh();
          navigate('/');
        }}
      >
        <TextField
          label={m.newPassword}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          value={password}
          onChange={setPassword}
        />
        <TextField
          label={m.repeatPassword}
          type="password"
          name="repeat-password"
          autoComplete="new-password"
          required
          value={repeated}
          onChange={setRepeated}
          error={error}
        />
        <button type="submit" className="button button--primary" disabled={pending}>
          {m.setupSubmit}
        </button>
      </form>
    </Page>
  );
};
