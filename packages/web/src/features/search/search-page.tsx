import { AGGREGATE_KINDS, type AggregateKind, KIND_LABELS } from '@fahrplan/domain';
import { useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { isKind } from '../../i18n/domain-keys.js';
import { useLabel, useMessages } from '../../i18n/i18n.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { searchMessages } from './messages.js';
import { KIND_PARAM, QUERY_PARAM, useSearchHref } from './search-href.js';

const PAGE_SIZE = 50;

const SearchItems = graphql(`
  query SearchItems($query: String!, $kinds: [ItemKind!], $first: Int!, $asOf: DateTime,
      $asOfBasis: TimeBasis) {
    search(query: $query, kinds: $kinds, first: $first, asOf: $asOf, asOfBasis: $asOfBasis) {
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

const Results = ({ query, kind }: { query: string; kind: AggregateKind | null }) => {
  const m = useMessages(searchMessages);
  const label = useLabel();
  const href = useHrefWithAsOf();
  const { asOf, asOfBasis } = useAsOf();
  const [result] = useQuery({
    query: SearchItems,
    variables: {
      query,
      kinds: kind ? [kindValue(kind)] : null,
      first: PAGE_SIZE,
      asOf,
      asOfBasis,
    },
  });
  if (result.error) return <QueryError error={result.error} />;
  if (!result.data) return <Loading />;
  const { edges, pageInfo } = result.data.search;
  return (
    <>
      <p role="status">
        {edges.length === 0 ? m.noHits(query) : m.hits(edges.length, pageInfo.hasNextPage)}
      </p>
      {edges.length === 0 ? null : (
        <ul className="search-hits" aria-label={m.results}>
          {edges.map(({ node }) => (
            <li key={node.id}>
              <span className="meta">{label(KIND_LABELS[node.__typename])}</span>
              <Link href={href(itemPath(node.__typename, node.id))} lang="de">
                {node.title}
              </Link>
              <StatusBadge kind={node.__typename} status={node.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
};

/** `/search?q=…&art=…`: items of every kind matching the search, best first. */
export const SearchPage = () => {
  const m = useMessages(searchMessages);
  const params = new URLSearchParams(useSearch());
  const query = params.get(QUERY_PARAM)?.trim() ?? '';
  const chosen = params.get(KIND_PARAM) ?? '';
  const kind = isKind(chosen) ? chosen : null;
  return (
    <Page title={query ? m.titleFor(query) : m.title}>
      {query ? (
        <>
          <KindFilter query={query} kind={kind} />
          <Results query={query} kind={kind} />
        </>
      ) : (
        <Empty>{m.enterQuery}</Empty>
      )}
    </Page>
  );
};
