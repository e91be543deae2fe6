import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { QueryError } from '../../ui/feedback.js';
import { Section } from '../../ui/page.js';
import { auditMessages } from './messages.js';

const AuditQuery = graphql(`
  query Audit {
    audit {
      ok
      checked
      headHash
      headPosition
      pending
      finding {
        kind
        message
        position
      }
    }
  }
`);

/** Verifies the whole hash chain on the server and shows the head hash to cite. */
export const Integrity = () => {
  const m = useMessages(auditMessages);
  const format = useFormat();
  // Verification reads the whole log: always fresh, never from the cache.
  const [{ data, fetching, error }, verify] = useQuery({
    query: AuditQuery,
    requestPolicy: 'network-only',
  });
  const [copied, setCopied] = useState(false);
  const audit = data?.audit;
  return (
    <Section
      title={m.integrity}
      id="integrity"
      actions={
        <button
          type="button"
          className="button button--small"
          disabled={fetching}
          onClick={() => verify({ requestPolicy: 'network-only' })}
        >
          {m.verifyAgain}
        </button>
      }
    >
      {error ? <QueryError error={error} /> : null}
      <div aria-live="polite" aria-busy={fetching}>
        {fetching && !audit ? <p className="loading">{m.verifying}</p> : null}
        {audit ? (
          <>
            <div className={audit.ok ? 'notice notice--success' : 'notice notice--error'}>
              <p className="notice__title" data-testid="audit-result">
                {audit.ok ? m.intact(format.number(audit.checked)) : m.broken}
              </p>
              {audit.finding ? (
                <p>{m.finding(audit.finding.position, audit.finding.message)}</p>
              ) : null}
              {audit.pending > 0 ? <p>{m.pending(audit.pending)}</p> : null}
            </div>
            <p className="meta">{m.headHash}</p>
            <div className="row">
              <code className="hash" data-testid="head-hash">
                {audit.headHash}
              </code>
              <button
                type="button"
                className="button button--small no-print"
                onClick={async () => {
                  await navigator.clipboard?.writeText(audit.headHash);
                  setCopied(true);
                }}
              >
                {copied ? m.copied : m.copy}
              </button>
            </div>
            <p className="meta">{m.headPosition(audit.headPosition)}</p>
          </>
        ) : null}
      </div>
    </Section>
  );
};
