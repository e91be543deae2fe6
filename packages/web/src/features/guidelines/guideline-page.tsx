import { useState } from 'react';
import { useQuery } from 'urql';
import { useIdParam } from '../../app/use-id-param.js';
import { useAsOf } from '../../as-of/as-of.js';
import { useDoneNotice } from '../../commands/done-notice.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { type LiveFilter, useLiveRefresh } from '../../live/use-live-refresh.js';
import { useViewer } from '../../session/session.js';
import { ItemPageFields } from '../../shared/item/fragments.js';
import { ItemPage } from '../../shared/item/item-page.js';
import { Dialog } from '../../ui/dialog.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import {
  type GuidelineTarget,
  PublishGuidelineForm,
  RetireGuidelineForm,
  ReviseGuidelineForm,
} from './guideline-forms.js';
import { GuidelineSections } from './guideline-sections.js';
import { type GuidelineAction, guidelineActions } from './guideline-view.js';
import { guidelineMessages } from './messages.js';

const GuidelinePageQuery = graphql(
  `
  query GuidelinePage($id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
    node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
      __typename
      ... on Guideline {
        ...ItemPageFields
        body
        publishedVersion
        published {
          version
          title
          body
        }
        reason
        retiredAt
        actionFields {
          id
          key
          title
        }
        recommendations {
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

// Assignments are events of the recommendations, not of the guideline: listen for them too.
const ASSIGNMENTS: LiveFilter = {
  eventTypes: ['RecommendationAssignedToGuideline', 'RecommendationUnassignedFromGuideline'],
};

const FORMS = {
  revise: ReviseGuidelineForm,
  publish: PublishGuidelineForm,
  retire: RetireGuidelineForm,
} as const;

export const GuidelinePage = () => {
  const m = useMessages(guidelineMessages);
  const id = useIdParam();
  const { asOf, asOfBasis } = useAsOf();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GuidelinePageQuery,
    variables: { id, asOf, asOfBasis },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefresh({ item: id }, reload, { enabled: !asOf });
  useLiveRefresh(ASSIGNMENTS, reload, { enabled: !asOf });
  const [open, setOpen] = useState<GuidelineAction | null>(null);
  const done = useDoneNotice<GuidelineAction>((action) => m.done[action]);
  if (error && !data) return <QueryError error={error} retry={reload} />;
  if (fetching && !data) return <Loading />;
  const node = data?.node;
  if (node?.__typename !== 'Guideline') {
    return (
      <Page title={m.listTitle}>
        <Empty>{m.notFound}</Empty>
      </Page>
    );
  }
  const target: GuidelineTarget = {
    ...node,
    // A change made here is known before the refetch arrives: the next form starts from it.
    version: Math.max(node.version, done.version),
    reload,
  };
  const actions = guidelineActions(node.status, viewer.can, asOf !== null);
  const titles: Record<GuidelineAction, string> = {
    revise: m.reviseTitle,
    publish: m.publishTitle,
    retire: m.retireTitle,
  };
  const Form = open ? FORMS[open] : null;
  return (
    <ItemPage
      kind="Guideline"
      item={node}
      actions={actions.map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'retire' ? 'button button--danger' : 'button'}
          onClick={() => setOpen(action)}
        >
          {m[action]}
        </button>
      ))}
    >
      {done.notice}
      <GuidelineSections guideline={{ ...node, published: node.published ?? null }} />
      <Dialog
        open={open !== null}
        title={open ? m.actionOn(titles[open], node.title) : ''}
        onClose={() => setOpen(null)}
      >
        {Form && open ? (
          <Form
            target={target}
            onCancel={() => setOpen(null)}
            onDone={(version) => {
              done.record(open, version);
              setOpen(null);
            }}
          />
        ) : null}
      </Dialog>
    </ItemPage>
  );
};
