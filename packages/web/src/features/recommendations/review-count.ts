import { RECOMMENDATION_EVENT_TYPES } from '@fahrplan/domain';
import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { useLiveRefresh } from '../../live/use-live-refresh.js';

const PAGE = 100;

const ReviewCountQuery = graphql(`
  query ReviewCount($process: String, $asOf: DateTime, $asOfBasis: TimeBasis) {
    recommendations(process: $process, status: ["prioritised", "in_review"], first: 100, asOf: $asOf, asOfBasis: $asOfBasis) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const LIVE_FILTER = { eventTypes: [...RECOMMENDATION_EVENT_TYPES] };

/**
 * How many recommendations await the ministry's decision ("100+" beyond one page), kept
 * current live; null while unknown or for callers who do not review.
 */
export const useReviewCount = (enabled: boolean): string | null => {
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const [{ data }, reload] = useQuery({
    query: ReviewCountQuery,
    variables: { process, asOf, asOfBasis },
    pause: !enabled,
  });
  useLiveRefresh(LIVE_FILTER, () => reload({ requestPolicy: 'network-only' }), {
    enabled: enabled && !asOf,
  });
  if (!enabled || !data) return null;
  const { edges, pageInfo } = data.recommendations;
  return pageInfo.hasNextPage ? `${PAGE}+` : String(edges.length);
};
