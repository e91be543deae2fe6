import type { ChangeWindow, ItemChangesRow } from '../../../queries/changes.js';
import type { TimeTravel } from '../../../queries/time-travel.js';
import type { ItemLoader } from '../../item-loader.js';
import type { ItemChanges } from './types.js';

/** When the item's newest change in the window was recorded or occurred (ISO strings sort). */
export const newestOf = (row: ItemChangesRow, by: ChangeWindow['by']): string =>
  row.entries
    .map((entry) => (by === 'recorded' ? entry.recordedAt : entry.occurredAt))
    .sort()
    .at(-1) ?? '';

/**
 * Items by the title of their action field (those without one last), then newest change first;
 * the action fields' titles as of `asOf`, through the request's item loader in one batch.
 */
export const byFieldThenNewest = async (
  changes: readonly ItemChanges[],
  items: ItemLoader,
  asOf: TimeTravel | undefined,
): Promise<ItemChanges[]> => {
  const ids = new Set(changes.flatMap((c) => (c.actionFieldId ? [c.actionFieldId] : [])));
  const fields = await items.loadMany(
    [...ids].map((id) => ({ kind: 'ActionField' as const, id, asOf })),
  );
  const titles = new Map<string, string>();
  for (const field of fields)
    if (field && !(field instanceof Error)) titles.set(field.id, field.title);
  const titleOf = ({ actionFieldId }: ItemChanges) =>
    actionFieldId === undefined ? undefined : (titles.get(actionFieldId) ?? actionFieldId);
  return [...changes].sort((a, b) => {
    const [x, y] = [titleOf(a), titleOf(b)];
    const byField =
      x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x.localeCompare(y, 'de');
    return byField || b.newest.localeCompare(a.newest) || a.id.localeCompare(b.id);
  });
};
