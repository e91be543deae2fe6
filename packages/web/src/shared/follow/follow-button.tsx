import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { type ApiError, apiErrorsOf } from '../../graphql/errors.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useSession } from '../../session/session.js';
import { ErrorSummary } from '../../ui/feedback.js';
import { TextField } from '../../ui/fields.js';
import { FollowItem, MyFollowsQuery, Unfollow } from './follow-api.js';
import { followMessages } from './messages.js';

/**
 * Follow an item or action field: a signed-in member in one click (their account's address),
 * anyone else with an e-mail and consent, confirmed by the mailed link (double opt-in).
 */
export const FollowButton = ({ id }: { readonly id: string }) => {
  const { signedIn } = useSession();
  return signedIn ? <MemberFollow id={id} /> : <PublicFollow id={id} />;
};

const MemberFollow = ({ id }: { readonly id: string }) => {
  const m = useMessages(followMessages);
  const [{ data }, reload] = useQuery({ query: MyFollowsQuery });
  const [following, follow] = useMutation(FollowItem);
  const [ending, unfollow] = useMutation(Unfollow);
  const mine = data?.viewer.follows.find((each) => each.item?.id === id);
  const busy = following.fetching || ending.fetching;
  const errors = [following.error, ending.error].flatMap((error) =>
    error ? apiErrorsOf(error) : [],
  );
  const toggle = async () => {
    const result = mine
      ? await unfollow({ input: { followId: mine.id } })
      : await follow({ input: { id } });
    if (!result.error) reload({ requestPolicy: 'network-only' });
  };
  return (
    <span className="follow">
      <button
        type="button"
        className="button"
        aria-pressed={mine !== undefined}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {mine ? `${m.following} ✓` : m.follow}
      </button>
      {mine ? (
        <Link href="~/benachrichtigungen" className="follow__settings">
          {m.settings}
        </Link>
      ) : null}
      <ErrorSummary errors={errors} />
    </span>
  );
};

const PublicFollow = ({ id }: { readonly id: string }) => {
  const m = useMessages(followMessages);
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<readonly ApiError[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const [{ fetching }, follow] = useMutation(FollowItem);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await follow({ input: { id, email, consent } });
    setErrors(result.error ? apiErrorsOf(result.error) : []);
    const confirmBy = result.data?.followItem?.confirmBy;
    if (confirmBy) setSent(confirmBy);
  };
  if (sent) {
    return (
      <p className="notice" role="status">
        {m.confirmSent(format.dateTime(sent))}
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {m.follow}
      </button>
    );
  }
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form className="follow-form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{m.byMail}</p>
      <TextField
        label={m.email}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={setEmail}
        error={errorOf('email')}
      />
      <div className={errorOf('consent') ? 'field field--invalid' : 'field'}>
        <label>
          <input
            type="checkbox"
            checked={consent}
            onChange={(event) => setConsent(event.target.checked)}
          />{' '}
          {m.consent}
        </label>
      </div>
      <ErrorSummary errors={errors} />
      <span className="row">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {m.send}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {m.cancel}
        </button>
      </span>
    </form>
  );
};
