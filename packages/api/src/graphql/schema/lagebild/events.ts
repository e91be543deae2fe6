import { type HistoryEntry, itemHistory } from '../../../queries/history.js';
import type { ItemRow } from '../../../queries/items.js';
import type { GraphQLContext } from '../../context.js';
import { historyFor } from '../history.js';

const read = new WeakMap<ItemRow, Promise<HistoryEntry[]>>();

/**
 * An item's events up to its row's moment, as the caller may see them, read once per row: the
 * events behind a value's reporter, a rating's history, a moved goalpost.
 */
export const eventsOf = (row: ItemRow, context: GraphQLContext): Promise<HistoryEntry[]> => {
  const known = read.get(row);
  if (known) return known;
  const events = itemHistory(context.database, row.kind, row.id, row.asOf).then((history) =>
    historyFor(row.kind, row.id, history, context),
  );
  read.set(row, events);
  return events;
};

/** The first event of the type whose data has the field at the value (a value's report). */
export const eventWith = (
  events: readonly HistoryEntry[],
  type: string,
  field: string,
  value: string,
): HistoryEntry | undefined =>
  events.find(
    (entry) =>
      entry.eventType === type && (entry.data as Record<string, unknown> | null)?.[field] === value,
  );
