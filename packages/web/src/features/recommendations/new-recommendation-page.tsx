import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useSession, useViewer } from '../../session/session.js';
import { useUrlParams } from '../../shared/url-state.js';
import { Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { DraftForm } from './draft-form.js';
import { parseSuggestionIds } from './draft-params.js';
import { recommendationMessages } from './messages.js';

const DraftFormQuery = graphql(`
  query RecommendationDraftForm($process: String, $ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Suggestion {
        id
        title
        status
        actionFields {
          id
        }
      }
    }
    actionFields(process: $process, status: ["active"], first: 100) {
      edges {
        node {
          id
          key
          title
        }
      }
    }
  }
`);

/** `/recommendations/new?from=…`: a new draft from the suggestions selected elsewhere. */
export const NewRecommendationPage = () => {
  const m = useMessages(recommendationMessages);
  const params = useUrlParams();
  const { asOf } = useAsOf();
  const { signedIn } = useSession();
  const viewer = useViewer();
  const ids = useMemo(() => parseSuggestionIds(params), [params]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DraftFormQuery,
    variables: { process: useProcessSlug(), ids },
  });
  const viewerLoading = signedIn && viewer.role === null;
  const notice = asOf
    ? m.draftNotInPast
    : !viewer.can('draftRecommendation')
      ? m.draftOnlyTeam
      : null;
  const suggestions = (data?.nodes ?? []).flatMap((node) =>
    node?.__typename === 'Suggestion' ? [node] : [],
  );
  return (
    <Page title={m.newTitle} subtitle={m.newIntro}>
      {error && !data ? (
        <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      {(fetching && !data) || viewerLoading ? (
        <Loading />
      ) : notice ? (
        <p className="notice notice--warning">{notice}</p>
      ) : data ? (
        <DraftForm
          suggestions={suggestions}
          missing={ids.length - suggestions.length}
          actionFields={data.actionFields.edges.map((edge) => edge.node)}
        />
      ) : null}
    </Page>
  );
};
