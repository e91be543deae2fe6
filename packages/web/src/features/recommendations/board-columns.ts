import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@fahrplan/domain';

export type BoardStatus = Exclude<RecommendationStatus, 'empty'>;

/** Left to right as a recommendation moves on (the domain's order): open ones first, then how they ended. */
export const BOARD_STATUSES: readonly BoardStatus[] = RECOMMENDATION_STATUSES;

// Compile-time proof that every status of the domain has its column.
true satisfies [Exclude<BoardStatus, (typeof RECOMMENDATION_STATUSES)[number]>] extends [never]
  ? true
  : false;

/** One page of a list as the API returns it (a Relay connection). */
export interface Connection<Card> {
  readonly edges: readonly { readonly node: Card }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

export interface BoardColumn<Card> {
  readonly status: BoardStatus;
  readonly cards: readonly Card[];
}

/**
 * The board's columns in order, each with its cards in the order the API gave them (by
 * title). A status the board does not know (a newer API) gets no column.
 */
export const groupByStatus = <Card extends { readonly status: string }>(
  cards: readonly Card[],
): BoardColumn<Card>[] => {
  const byStatus = new Map<string, Card[]>(BOARD_STATUSES.map((status) => [status, []]));
  for (const card of cards) byStatus.get(card.status)?.push(card);
  return BOARD_STATUSES.map((status) => ({ status, cards: byStatus.get(status) ?? [] }));
};
