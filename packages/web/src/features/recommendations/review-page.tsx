import { RECOMMENDATION_EVENT_TYPES } from '@fahrplan/domain';
import { useState } from 'react';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveRefresh } from '../../live/use-live-refresh.js';
import { useViewer } from '../../session/session.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page, Section } from '../../ui/page.js';
import { ActionDialog, type RecommendationTarget } from './action-dialog.js';
import { availableActions, type HeadAction } from './actions.js';
import { RecommendationCardFields } from './card-fields.js';
import { recommendationMessages } from './messages.js';
import { ReviewCard, type ReviewItem } from './review-card.js';
import { useAllPages } from './use-all-pages.js';
import { useDone } from './use-done.js';

// The ministry's desk: what awaits its decision. Adoption needs a priority first
// (decide-adopt.ts); rejection is open to any open recommendation (decide-lifecycle.ts).
const ReviewQuery = graphql(
  `
  query RecommendationReview($process: String, $after: String, $asOf: DateTime, $asOfBasis: TimeBasis) {
    recommendations(process: $process, status: ["prioritised", "in_review"], first: 100, after: $after, asOf: $asOf, asOfBasis: $asOfBasis) {
      edges {
        node {
          ...RecommendationCardFields
          version
          updatedAt
          body
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [RecommendationCardFields],
);

const LIVE_FILTER = { eventTypes: [...RECOMMENDATION_EVENT_TYPES] };

/** The decisions the queue offers directly; everything else is on the item's page. */
const QUEUE_ACTIONS: readonly HeadAction[] = ['adopt', 'prioritise', 'returnToDraft', 'reject'];

interface Opened {
  readonly item: ReviewItem;
  readonly action: HeadAction;
}

export const ReviewPage = () => {
  const m = useMessages(recommendationMessages);
  const viewer = useViewer();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const list = useAllPages(
    ReviewQuery,
    (after) => ({ after, process, asOf, asOfBasis }),
    (data) => data.recommendations,
  );
  const reload = list.refresh;
  useLiveRefresh(LIVE_FILTER, reload, { enabled: !asOf });
  const cards = list.cards ?? [];
  const [opened, setOpened] = useState<Opened | null>(null);
  const done = useDone();
  const actionsOf = (item: ReviewItem) => {
    const available = availableActions(item.status, viewer.can, asOf !== null);
    return QUEUE_ACTIONS.filter((action) => available.has(action));
  };
  const listOf = (items: readonly ReviewItem[], empty: string) =>
    items.length === 0 ? (
      <Empty>{empty}</Empty>
    ) : (
      <ul className="long-list review-list">
        {items.map((item) => (
          <li key={item.id}>
            <ReviewCard
              item={item}
              actions={actionsOf(item)}
              onOpen={(action) => setOpened({ item, action })}
            />
          </li>
        ))}
      </ul>
    );
  const target: RecommendationTarget | null = opened
    ? {
        ...opened.item,
        priority: opened.item.priority ?? null,
        linkedIds: [],
        assignedIds: [],
        reload,
      }
    : null;
  return (
    <Page title={m.reviewTitle} subtitle={m.reviewIntro}>
      {done.notice}
      {list.error ? <QueryError error={list.error} retry={reload} /> : null}
      {list.cards === null && !list.error ? <Loading /> : null}
      {list.cards ? (
        <>
          <Section title={m.reviewReady} id="ready">
            {listOf(
              cards.filter((item) => item.status === 'prioritised'),
              m.reviewNoneReady,
            )}
          </Section>
          <Section title={m.reviewInReview} id="in-review">
            {listOf(
              cards.filter((item) => item.status === 'in_review'),
              m.reviewNoneInReview,
            )}
          </Section>
        </>
      ) : null}
      {target ? (
        <ActionDialog
          open={opened ? { action: opened.action } : null}
          target={target}
          onClose={() => setOpened(null)}
          onDone={(version) => {
            if (opened) done.record(opened.action, version);
            setOpened(null);
            reload();
          }}
        />
      ) : null}
    </Page>
  );
};
