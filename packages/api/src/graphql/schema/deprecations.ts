/**
 * Every deprecation of the contract in one place, each with what replaces it and the day after
 * which it may be removed (at least six months after it was deprecated; see CHANGELOG.md). The
 * breaking-change check (`scripts/check-contract.ts`) reads the date from the reason: a field
 * may leave the schema only once it was deprecated in the released contract and that day has
 * passed.
 */
const removedAfter = (replacement: string, date: string) => `${replacement} Removal after ${date}.`;

export const DEPRECATED = {
  itemHistory: removedAfter(
    'Use `historyEntries`: the same entries as a connection (paged, with `totalCount`).',
    '2027-06-30',
  ),
  statusFilter: removedAfter(
    'Use `statuses`: the same filter typed by the kind’s status enum.',
    '2027-06-30',
  ),
  eventData: removedAfter(
    'Use `payload`: the same data typed per event type, in the current version of its type.',
    '2027-06-30',
  ),
  typesFilter: removedAfter(
    'Use `eventTypes`: the same filter typed by the `EventType` enum.',
    '2027-06-30',
  ),
  completeMeasure: removedAfter(
    'Use `requestMeasureCompletion` (with evidence) and the ministry’s `confirmMeasureCompletion`: evidence before done.',
    '2027-06-30',
  ),
} as const;

/** The removal date a deprecation reason names (`Removal after YYYY-MM-DD.`), if any. */
export const removalDateOf = (reason: string | null | undefined): string | undefined =>
  /Removal after (\d{4}-\d{2}-\d{2})\./.exec(reason ?? '')?.[1];
