import { useQuery } from 'urql';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useLiveRefresh } from '../../live/use-live-refresh.js';
import { useViewer } from '../../session/session.js';
import { ActionFieldNames } from '../../shared/action-fields.js';
import { GUIDELINE_LIST_EVENT_TYPES } from '../../shared/live-events.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { Table } from '../../ui/table.js';
import { guidelineMessages } from './messages.js';
import { NewGuidelineButton } from './new-guideline.js';

const GuidelinesQuery = graphql(`
  query Guidelines($process: String, $asOf: DateTime, $asOfBasis: TimeBasis) {
    guidelines(process: $process, first: 100, asOf: $asOf, asOfBasis: $asOfBasis) {
      edges {
        node {
          id
          title
          status
          publishedVersion
          actionFields {
            id
            key
            title
          }
          recommendations {
            id
          }
        }
      }
    }
  }
`);

const LIVE_FILTER = { eventTypes: [...GUIDELINE_LIST_EVENT_TYPES] };

/** The strategic guidelines, and (for the team) a new draft. */
export const GuidelinesPage = () => {
  const m = useMessages(guidelineMessages);
  const format = useFormat();
  const href = useHrefWithAsOf();
  const viewer = useViewer();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GuidelinesQuery,
    variables: { process, asOf, asOfBasis },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefresh(LIVE_FILTER, reload, { enabled: !asOf });
  const guidelines = data?.guidelines.edges.map((edge) => edge.node) ?? [];
  return (
    <Page
      title={m.listTitle}
      subtitle={m.listIntro}
      actions={!asOf && viewer.can('draftGuideline') ? <NewGuidelineButton /> : null}
    >
      {error && !data ? <QueryError error={error} retry={reload} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data && guidelines.length === 0 ? <Empty>{m.none}</Empty> : null}
      {guidelines.length > 0 ? (
        <Table
          columns={[
            m.columnTitle,
            m.columnStatus,
            m.columnPublished,
            m.columnActionFields,
            m.columnRecommendations,
          ]}
        >
          {guidelines.map((guideline) => (
            <tr key={guideline.id}>
              <th scope="row">
                <Link href={href(itemPath('Guideline', guideline.id))}>{guideline.title}</Link>
              </th>
              <td>
                <StatusBadge kind="Guideline" status={guideline.status} />
              </td>
              <td>
                {guideline.publishedVersion > 0
                  ? m.versionNumber(guideline.publishedVersion)
                  : m.neverPublished}
              </td>
              <td>
                <ActionFieldNames fields={guideline.actionFields} />
              </td>
              <td>{m.recommendationCount(format.number(guideline.recommendations.length))}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  );
};
