import { useState } from 'react';
import { useQuery } from 'urql';
import { useIdParam } from '../../app/use-id-param.js';
import { useAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveRefresh } from '../../live/use-live-refresh.js';
import { useViewer } from '../../session/session.js';
import { ItemPageFields } from '../../shared/item/fragments.js';
import { ItemPage } from '../../shared/item/item-page.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { ActionDialog, type OpenAction, type RecommendationTarget } from './action-dialog.js';
import { availableActions } from './actions.js';
import { recommendationMessages } from './messages.js';
import { HeadActions, LinkSections } from './recommendation-links.js';
import { MeasureSection, RelationsSection, TextAndDetails } from './recommendation-sections.js';
import { useDone } from './use-done.js';

const RecommendationPageQuery = graphql(
  `
  query RecommendationPage($id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
    node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
      __typename
      ... on Recommendation {
        ...ItemPageFields
        body
        priority
        reason
        closedAt
        adoptedAt
        actionFields {
          id
          key
          title
        }
        derivedFrom {
          id
          title
          status
        }
        guidelines {
          id
          title
          status
        }
        measure {
          id
          title
          status
          owner
          plannedStart
          plannedEnd
        }
        mergedInto {
          id
          title
          status
        }
        splitFrom {
          id
          title
          status
        }
        splitInto {
          id
          title
          status
        }
      }
    }
  }
`,
  [ItemPageFields],
);

/** A recommendation's page: its text and links, the actions its status allows, its history. */
export const RecommendationPage = () => {
  const m = useMessages(recommendationMessages);
  const id = useIdParam();
  const { asOf, asOfBasis } = useAsOf();
  const viewer = useViewer();
  const [result, reexecute] = useQuery({
    query: RecommendationPageQuery,
    variables: { id, asOf, asOfBasis },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefresh({ item: id }, reload, { enabled: !asOf });
  const [open, setOpen] = useState<OpenAction | null>(null);
  const done = useDone();
  const { data, fetching, error } = result;
  if (error && !data) return <QueryError error={error} retry={reload} />;
  if (fetching && !data) return <Loading />;
  const node = data?.node;
  if (node?.__typename !== 'Recommendation') {
    return (
      <Page title={m.boardTitle}>
        <Empty>{m.notFound}</Empty>
      </Page>
    );
  }
  const target: RecommendationTarget = {
    id: node.id,
    title: node.title,
    body: node.body,
    actionFields: node.actionFields,
    priority: node.priority ?? null,
    linkedIds: node.derivedFrom.map((suggestion) => suggestion.id),
    assignedIds: node.guidelines.map((guideline) => guideline.id),
    // A change made here is known before the refetch arrives: the next form starts from it.
    version: Math.max(node.version, done.version),
    reload,
  };
  const actions = availableActions(node.status, viewer.can, asOf !== null);
  const details = {
    ...node,
    priority: node.priority ?? null,
    reason: node.reason ?? null,
    closedAt: node.closedAt ?? null,
    adoptedAt: node.adoptedAt ?? null,
    measure: node.measure ?? null,
    mergedInto: node.mergedInto ?? null,
    splitFrom: node.splitFrom ?? null,
  };
  return (
    <ItemPage
      kind="Recommendation"
      item={node}
      actions={<HeadActions actions={actions} target={target} onOpen={setOpen} />}
    >
      {done.notice}
      <TextAndDetails item={details} />
      <LinkSections
        actions={actions}
        suggestions={node.derivedFrom}
        guidelines={node.guidelines}
        onOpen={setOpen}
      />
      {details.measure ? <MeasureSection measure={details.measure} /> : null}
      <RelationsSection item={details} />
      <ActionDialog
        open={open}
        target={target}
        onClose={() => setOpen(null)}
        onDone={(version) => {
          if (open) done.record(open.action, version);
          setOpen(null);
        }}
      />
    </ItemPage>
  );
};
