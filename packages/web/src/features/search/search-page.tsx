import { AGGREGATE_KINDS, type AggregateKind, KIND_LABELS } from '@fahrplan/domain';
import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { isKind } from '../../i18n/domain-keys.js';
import { useLabel, useMessages } from '../../i18n/i18n.js';
import { useUrlParams } from '../../shared/url-state.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { searchMessages } from './messages.js';
import { KIND_PARAM, QUERY_PARAM, useSearchHref } from './search-href.js';

const PAGE_SIZE = 25;

const SearchItems = graphql(`
  query SearchItems($process: String, $query: String!, $kinds: [ItemKind!], $first: Int!, $after: String,
      $asOf: DateTime, $asOfBasis: TimeBasis) {
    search(process: $process, query: $query, kinds: $kinds, first: $first, after: $after, asOf: $asOf,
        asOfBasis: $asOfBasis) {
      edges {
        node {
          __typename
          id
          title
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** `ProjectIdea` → `PROJECT_IDEA`: the API's `ItemKind` value of a kind. */
const kindValue = (kind: AggregateKind) =>
  kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as
    | 'ACTION_FIELD'
    | 'MEETING'
    | 'SUGGESTION'
    | 'RECOMMENDATION'
    | 'GUIDELINE'
    | 'PROJECT_IDEA'
    | 'MEASURE';

/** Narrowing the results to one kind: links, so every view has an address. */
const KindFilter = ({ query, kind }: { query: string; kind: AggregateKind | null }) => {
  const m = useMessages(searchMessages);
  const label = useLabel();
  const searchHref = useSearchHref();
  const options: readonly (AggregateKind | null)[] = [null, ...AGGREGATE_KINDS];
  return (
    <nav aria-label={m.kinds} className="nav">
      {options.map((option) => (
        <Link
          key={option ?? 'all'}
          href={searchHref(query, option ?? undefined)}
          aria-current={option === kind ? 'page' : undefined}
        >
          {option ? label(KIND_LABELS[option]) : m.allKinds}
        </Link>
      ))}
    </nav>
  );
};

interface PageState {
  readonly count: number;
  readonly endCursor: string | null | undefined;
  readonly hasNextPage: boolean;
}

/** One page of hits, as list items of the results list; it tells the list what it holds. */
const HitsPage = ({
  query,
  kind,
  after,
  onLoaded,
}: {
  readonly query: string;
  readonly kind: AggregateKind | null;
  readonly after: string | null;
  readonly onLoaded: (after: string | null, page: PageState) => void;
}) => {
  const label = useLabel();
  const href = useHrefWithAsOf();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const [result] = useQuery({
    query: SearchItems,
    variables: {
      query,
      kinds: kind ? [kindValue(kind)] : null,
      first: PAGE_SIZE,
      after,
      asOf,
      asOfBasis,
      process,
    },
  });
  const search = result.data?.search;
  useEffect(() => {
    if (search) {
      onLoaded(after, {
        count: search.edges.length,
        endCursor: search.pageInfo.endCursor,
        hasNextPage: search.pageInfo.hasNextPage,
      });
    }
  }, [search, after, onLoaded]);
  if (result.error)
    return (
      <li>
        <QueryError error={result.error} />
      </li>
    );
  if (!search)
    return (
      <li>
        <Loading />
      </li>
    );
  return (
    <>
      {search.edges.map(({ node }) => (
        <li key={node.id}>
          <span className="meta">{label(KIND_LABELS[node.__typename])}</span>
          <Link href={href(itemPath(node.__typename, node.id))} lang="de">
            {node.title}
          </Link>
          <StatusBadge kind={node.__typename} status={node.status} />
        </li>
      ))}
    </>
  );
};

/** The hits, page by page: "more" adds the next page below, keeping what is read. */
const Results = ({ query, kind }: { query: string; kind: AggregateKind | null }) => {
  const m = useMessages(searchMessages);
  const [afters, setAfters] = useState<readonly (string | null)[]>([null]);
  const [pages, setPages] = useState<Readonly<Record<string, PageState>>>({});
  const onLoaded = useCallback(
    (after: string | null, page: PageState) =>
      setPages((loaded) => ({ ...loaded, [after ?? '']: page })),
    [],
  );
  const loaded = afters.map((after) => pages[after ?? '']);
  const last = loaded.at(-1);
  const count = loaded.reduce((sum, page) => sum + (page?.count ?? 0), 0);
  return (
    <>
      {loaded[0] ? (
        <p role="status">
          {count === 0 ? m.noHits(query) : m.hits(count, last?.hasNextPage ?? false)}
        </p>
      ) : null}
      <ul className="search-hits" aria-label={m.results}>
        {afters.map((after) => (
          <HitsPage key={after ?? ''} query={query} kind={kind} after={after} onLoaded={onLoaded} />
        ))}
      </ul>
      {last?.hasNextPage && last.endCursor ? (
        <button
          type="button"
          className="button"
          onClick={() => setAfters([...afters, last.endCursor ?? null])}
        >
          {m.more}
        </button>
      ) : null}
    </>
  );
};

/** `/search?q=…&art=…`: items of every kind matching the search, best first. */
export const SearchPage = () => {
  const m = useMessages(searchMessages);
  const params = useUrlParams();
  const query = params.get(QUERY_PARAM)?.trim() ?? '';
  const chosen = params.get(KIND_PARAM) ?? '';
  const kind = isKind(chosen) ? chosen : null;
  const { asOf } = useAsOf();
  return (
    <Page title={query ? m.titleFor(query) : m.title}>
      {query ? (
        <>
          <KindFilter query={query} kind={kind} />
          {/* A new search (or kind, or moment) starts again at its first page. */}
          <Results key={`${query}|${kind}|${asOf}`} query={query} kind={kind} />
        </>
      ) : (
        <Empty>{m.enterQuery}</Empty>
      )}
    </Page>
  );
};
