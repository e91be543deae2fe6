import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { ErrorSummary, Loading } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { consultationGlobalId, linkParts } from './confirmation-link.js';
import { consultationMessages } from './messages.js';
import { ConfirmSubmission } from './queries.js';

/**
 * The page the confirmation mail's link opens: it confirms at once (double opt-in) and says what
 * happens next; the token leaves the address bar afterwards.
 */
export const ConfirmationPage = () => {
  const m = useMessages(consultationMessages);
  const { id = '' } = useParams<{ id: string }>();
  const [parts] = useState(() => linkParts(window.location.hash));
  const [state, run] = useCommand(ConfirmSubmission, [], { idempotent: false });
  const [confirmed, setConfirmed] = useState(false);
  const sent = useRef(false);
  useEffect(() => {
    if (!parts || sent.current) return;
    sent.current = true;
    void run({ input: { id: consultationGlobalId(decodeURIComponent(id)), ...parts } }).then(
      (result) => {
        if (result) setConfirmed(true);
        window.history.replaceState(null, '', window.location.pathname);
      },
    );
  }, [id, parts, run]);
  return (
    <Page title={confirmed ? m.confirmedTitle : m.confirmTitle}>
      {!parts ? <p role="alert">{m.badLink}</p> : null}
      {parts && !confirmed && state.errors.length === 0 ? <Loading /> : null}
      <ErrorSummary errors={state.errors} />
      {confirmed ? (
        <div className="notice notice--success" role="status">
          <p>{m.confirmed}</p>
        </div>
      ) : null}
      <p>
        <Link href="~/beteiligung">{m.toConsultations}</Link>
      </p>
    </Page>
  );
};
