import { RECOMMENDATION_EVENT_TYPES, STATUS_LABELS } from '@fahrplan/domain';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { localIdOf } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { useLiveRefresh } from '../../live/use-live-refresh.js';
import { useViewer } from '../../session/session.js';
import { useActionFieldChoices } from '../../shared/action-fields.js';
import { SheetDownload } from '../../shared/sheets/sheet-download.js';
import { useUrlState } from '../../shared/url-state.js';
import { Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { BoardColumn } from './board-column.js';
import { groupByStatus } from './board-columns.js';
import { boardFilterParams, boardFilterVariables, parseBoardFilters } from './board-filters.js';
import { BoardFiltersForm } from './board-filters-form.js';
import { RecommendationCardFields } from './card-fields.js';
import { recommendationMessages } from './messages.js';
import { useAllPages } from './use-all-pages.js';

// One page of every status at a time (the API pages by 100); the filter choices come with the
// first page, so a board needs no second query.
const BoardQuery = graphql(
  `
  query RecommendationBoard(
    $after: String
    $withChoices: Boolean!
    $asOf: DateTime, $asOfBasis: TimeBasis
    $actionField: ID
    $guideline: ID
    $search: String
    $process: String
  ) {
    recommendations(
      first: 100
      after: $after
      asOf: $asOf, asOfBasis: $asOfBasis
      actionField: $actionField
      guideline: $guideline
      search: $search
      process: $process
    ) {
      edges {
        node {
          ...RecommendationCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    actionFields(process: $process, first: 100, asOf: $asOf, asOfBasis: $asOfBasis) @include(if: $withChoices) {
      edges {
        node {
          id
          key
          title
        }
      }
    }
    guidelines(process: $process, first: 100, asOf: $asOf, asOfBasis: $asOfBasis) @include(if: $withChoices) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`,
  [RecommendationCardFields],
);

const LIVE_FILTER = { eventTypes: [...RECOMMENDATION_EVENT_TYPES] };

/** The board: every recommendation in a column by status, filtered as the address says. */
export const BoardPage = () => {
  const m = useMessages(recommendationMessages);
  const label = useLabel();
  const format = useFormat();
  const href = useHrefWithAsOf();
  const viewer = useViewer();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const [filters, setFilters] = useUrlState(parseBoardFilters, boardFilterParams, {
    replace: true,
  });
  const list = useAllPages(
    BoardQuery,
    (after, isFirst) => ({
      after,
      withChoices: isFirst,
      asOf,
      asOfBasis,
      process,
      ...boardFilterVariables(filters),
    }),
    (data) => data.recommendations,
  );
  useLiveRefresh(LIVE_FILTER, list.refresh, { enabled: !asOf });
  const actionFieldOptions = useActionFieldChoices();
  const columns = useMemo(() => groupByStatus(list.cards ?? []), [list.cards]);
  const count = list.cards?.length ?? 0;
  const writable = !asOf;
  return (
    <Page
      title={m.boardTitle}
      subtitle={m.boardIntro}
      actions={
        <>
          <SheetDownload
            path="/tabellen/empfehlungen.xlsx"
            params={{
              process,
              actionField: filters.actionField ? localIdOf(filters.actionField) : null,
            }}
            name={m.sheetFile}
          />
          {viewer.publicOnly ? null : (
            <Link href={href('/recommendations/review')} className="button">
              {m.toReview}
            </Link>
          )}
          {writable && viewer.can('draftRecommendation') ? (
            <Link href="/recommendations/new" className="button button--primary">
              {m.newRecommendation}
            </Link>
          ) : null}
        </>
      }
    >
      <BoardFiltersForm
        filters={filters}
        onChange={setFilters}
        actionFields={actionFieldOptions(
          list.first?.actionFields?.edges.map((edge) => edge.node) ?? [],
        )}
        guidelines={(list.first?.guidelines?.edges ?? []).map(({ node }) => ({
          value: node.id,
          label: node.title,
        }))}
      />
      {list.error ? <QueryError error={list.error} retry={list.refresh} /> : null}
      <p role="status" className="meta">
        {list.complete
          ? list.truncated
            ? m.resultsTruncated(format.number(count))
            : m.results(count, format.number(count))
          : null}
      </p>
      {list.cards === null ? (
        list.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <nav aria-label={m.columns} className="board__jump no-print">
            <ul>
              {columns.map((column) => (
                <li key={column.status}>
                  <a href={`#column-${column.status}`}>
                    {m.columnLink(
                      label(STATUS_LABELS.Recommendation[column.status], column.status),
                      format.number(column.cards.length),
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {/* Focusable, so keyboard users can scroll the columns sideways. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs it */}
          <section className="board" aria-label={m.board} aria-busy={!list.complete} tabIndex={0}>
            {columns.map((column) => (
              <BoardColumn key={column.status} column={column} />
            ))}
          </section>
        </>
      )}
    </Page>
  );
};
