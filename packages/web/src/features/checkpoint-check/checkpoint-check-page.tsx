import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { apiErrorsOf } from '../../graphql/errors.js';
import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useUrlState } from '../../shared/url-state.js';
import { Fact } from '../../ui/fact.js';
import { ErrorSummary } from '../../ui/feedback.js';
import { TextField } from '../../ui/fields.js';
import { Page, Section } from '../../ui/page.js';
import { checkpointCheckMessages } from './messages.js';

const CheckCheckpoint = graphql(`
  query CheckCheckpoint($position: String!, $hash: String!, $signature: String,
      $signedAt: DateTime, $keyId: String) {
    verifyCheckpoint(position: $position, hash: $hash, signature: $signature,
        signedAt: $signedAt, keyId: $keyId) {
      ok
      status
      message
      position
      headPosition
      actualHash
      differsAt
      signatureValid
    }
  }
`);

type Check = ResultOf<typeof CheckCheckpoint>['verifyCheckpoint'];

/** What a receipt states; the address carries it, so a report's QR code opens the check. */
interface Receipt {
  readonly position: string;
  readonly hash: string;
  readonly signature: string;
  readonly signedAt: string;
  readonly keyId: string;
}

const FIELDS = ['position', 'hash', 'signature', 'signedAt', 'keyId'] as const;

const readReceipt = (params: URLSearchParams): Receipt => ({
  position: params.get('position') ?? '',
  hash: params.get('hash') ?? '',
  signature: params.get('signature') ?? '',
  signedAt: params.get('signedAt') ?? '',
  keyId: params.get('keyId') ?? '',
});

const writeReceipt = (receipt: Receipt) => ({ ...receipt });

/** Optional inputs are left out rather than sent empty: an empty signature is not "none". */
const variablesOf = (receipt: Receipt) => ({
  position: receipt.position,
  hash: receipt.hash,
  ...(receipt.signature ? { signature: receipt.signature } : {}),
  ...(receipt.signedAt ? { signedAt: receipt.signedAt } : {}),
  ...(receipt.keyId ? { keyId: receipt.keyId } : {}),
});

const CheckResult = ({ check }: { check: Check }) => {
  const m = useMessages(checkpointCheckMessages);
  const signature =
    check.signatureValid === null
      ? m.signatureNone
      : check.signatureValid
        ? m.signatureValid
        : m.signatureInvalid;
  return (
    <>
      <div className={check.ok ? 'notice notice--success' : 'notice notice--error'}>
        <p className="notice__title" data-testid="check-verdict">
          {check.ok ? m.ok : m.failed}
        </p>
        <p data-testid="check-message">{check.message}</p>
      </div>
      <dl className="facts">
        <Fact term={m.checkpointPosition}>{check.position}</Fact>
        <Fact term={m.headPosition}>{check.headPosition}</Fact>
        <Fact term={m.actualHash}>
          {check.actualHash ? <code className="hash">{check.actualHash}</code> : m.notReached}
        </Fact>
        {check.differsAt ? <Fact term={m.differsAt}>{check.differsAt}</Fact> : null}
        <Fact term={m.signatureState}>{signature}</Fact>
      </dl>
    </>
  );
};

/**
 * The public check page (`/pruefen`): anyone confirms that the log still holds exactly the
 * history a checkpoint — printed on a report as text and QR code — stated. No sign-in needed.
 */
export const CheckpointCheckPage = () => {
  const m = useMessages(checkpointCheckMessages);
  const [receipt, setReceipt] = useUrlState(readReceipt, writeReceipt);
  const [draft, setDraft] = useState(receipt);
  const asked = receipt.position !== '' && receipt.hash !== '';
  const [{ data, fetching, error }] = useQuery({
    query: CheckCheckpoint,
    variables: variablesOf(receipt),
    pause: !asked,
    // The log may have changed since the last check: never answer from the cache.
    requestPolicy: 'network-only',
  });
  const errors = error ? apiErrorsOf(error) : [];
  const errorOf = (field: string) => errors.find((each) => each.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setReceipt({
      position: draft.position.trim(),
      hash: draft.hash.trim().toLowerCase(),
      signature: draft.signature.trim(),
      signedAt: draft.signedAt.trim(),
      keyId: draft.keyId.trim(),
    });
  };
  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    value: draft[name],
    onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
    error: errorOf(name),
  });
  return (
    <Page title={m.title}>
      <p>{m.intro}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={m.position} hint={m.positionHint} required {...field('position')} />
        <TextField label={m.hash} hint={m.hashHint} required {...field('hash')} />
        <details>
          <summary>{m.signatureGroup}</summary>
          <TextField label={m.signature} {...field('signature')} />
          <TextField label={m.signedAt} {...field('signedAt')} />
          <TextField label={m.keyId} {...field('keyId')} />
        </details>
        <button type="submit" className="button button--primary" disabled={fetching}>
          {m.check}
        </button>
      </form>
      {asked ? (
        <Section title={m.result} id="result">
          <div aria-live="polite" aria-busy={fetching}>
            <ErrorSummary errors={errors} />
            {data && !error ? <CheckResult check={data.verifyCheckpoint} /> : null}
          </div>
        </Section>
      ) : null}
    </Page>
  );
};
