import { useMutation } from 'urql';
import { useParams } from 'wouter';
import { useMessages } from '../../i18n/i18n.js';
import { Page } from '../../ui/page.js';
import { UnsubscribeNotifications } from './follows-api.js';
import { followsMessages } from './messages.js';

/**
 * The mails' `List-Unsubscribe` address opened in a browser: a button, not an unsubscribe on
 * load, so link scanners unsubscribe nobody (mail clients POST the same address: RFC 8058).
 */
export const UnsubscribePage = () => {
  const m = useMessages(followsMessages);
  const { token = '' } = useParams<{ token: string }>();
  const [state, unsubscribe] = useMutation(UnsubscribeNotifications);
  return (
    <Page title={m.unsubscribeTitle}>
      {state.data ? (
        <p role="status" className="notice">
          {m.unsubscribed}
        </p>
      ) : state.error ? (
        <p role="alert" className="notice notice--error">
          {m.gone}
        </p>
      ) : (
        <>
          <p>{m.unsubscribeIntro}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={state.fetching}
            onClick={() => void unsubscribe({ input: { token } })}
          >
            {m.unsubscribe}
          </button>
        </>
      )}
    </Page>
  );
};
