import { useMutation, useQuery } from 'urql';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useViewer } from '../../session/session.js';
import { QueryError } from '../../ui/feedback.js';
import { Page, Section } from '../../ui/page.js';
import { Table } from '../../ui/table.js';
import { webhooksMessages } from './messages.js';
import { ReplayWebhook, WebhooksQuery } from './queries.js';

/** The admin's view of partners' webhook endpoints: state, checkpoint, delivery log, replay. */
export const WebhooksScreen = () => {
  const m = useMessages(webhooksMessages);
  const format = useFormat();
  const viewer = useViewer();
  // The same test as the people screen: admins hold `grantRole`.
  const admin = viewer.permissions.includes('grantRole');
  const [{ data, fetching, error }, reload] = useQuery({ query: WebhooksQuery, pause: !admin });
  const [replaying, replay] = useMutation(ReplayWebhook);
  if (!admin) {
    return (
      <Page title={m.title}>
        <p>{m.adminsOnly}</p>
      </Page>
    );
  }
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const endpoints = data?.webhookEndpoints ?? [];
  return (
    <Page title={m.title} subtitle={m.intro}>
      {error ? <QueryError error={error} retry={refresh} /> : null}
      {replaying.error ? <QueryError error={replaying.error} /> : null}
      {fetching && !data ? <p className="loading">{m.loading}</p> : null}
      {data && endpoints.length === 0 ? <p>{m.none}</p> : null}
      {endpoints.map((endpoint) => {
        const next = String(Number(endpoint.position) + 1);
        return (
          <Section key={endpoint.id} title={endpoint.url} id={`webhook-${endpoint.id}`}>
            <p>
              {m.token(endpoint.tokenId)} ·{' '}
              {endpoint.eventTypes.length === 0 ? m.allTypes : endpoint.eventTypes.join(', ')}
            </p>
            <p data-testid="webhook-status">
              <strong>{m.status[endpoint.status.toLowerCase()] ?? endpoint.status}</strong>
              {' · '}
              {m.position(endpoint.position)}
              {endpoint.consecutiveFailures > 0
                ? ` · ${m.failures(endpoint.consecutiveFailures)}`
                : ''}
              {endpoint.nextAttemptAt && endpoint.status === 'ACTIVE'
                ? ` · ${m.nextAttempt(format.dateTime(endpoint.nextAttemptAt))}`
                : ''}
            </p>
            {endpoint.disabledReason ? <p>{m.disabledBecause(endpoint.disabledReason)}</p> : null}
            <button
              type="button"
              className="button button--small"
              aria-label={m.replayFrom(next)}
              disabled={replaying.fetching}
              onClick={() =>
                void replay({ input: { id: endpoint.id, fromPosition: next } }).then(refresh)
              }
            >
              {m.replay}
            </button>
            <h3>{m.log(endpoint.deliveries.totalCount)}</h3>
            {endpoint.deliveries.edges.length === 0 ? (
              <p>{m.noLog}</p>
            ) : (
              <Table
                testId="webhook-log"
                columns={[m.when, m.event, m.attempt, m.result, m.duration]}
                wrap={false}
              >
                {endpoint.deliveries.edges.map(({ node }) => (
                  <tr key={`${node.messageId}-${node.attempt}-${node.attemptedAt}`}>
                    <td>{format.dateTime(node.attemptedAt)}</td>
                    <td>
                      {node.eventType} ({node.position})
                    </td>
                    <td>{node.attempt}</td>
                    <td>
                      {node.statusCode ?? m.noAnswer}
                      {node.error ? ` – ${node.error}` : ''}
                    </td>
                    <td>{m.ms(node.durationMs)}</td>
                  </tr>
                ))}
              </Table>
            )}
          </Section>
        );
      })}
    </Page>
  );
};
