import type { ItemChangesRow } from '../../../queries/changes.js';
import type { TimeTravel } from '../../../queries/time-travel.js';
import { builder } from '../../builder.js';
import { HistoryEntryType } from '../history.js';
import { ItemInterface } from '../item.js';
import { globalIdOf } from '../provenance.js';
import { ActionFieldType } from '../refs.js';

/** One item's changes, ready to show: where it is listed, and at which moment. */
export interface ItemChanges extends ItemChangesRow {
  /** An action field is listed under itself; any other item under its first action field. */
  readonly actionFieldId: string | undefined;
  /** `until` (or now) on the window's clock: the moment the item is shown at. */
  readonly asOf: TimeTravel | undefined;
  /** When its newest change in the window was recorded or occurred (by the window's clock). */
  readonly newest: string;
}

export const ItemChangesType = builder.objectRef<ItemChanges>('ItemChanges').implement({
  description: 'One item’s changes within a time window (Änderungen seit …), for review.',
  fields: (t) => ({
    item: t.field({
      type: ItemInterface,
      nullable: true,
      description: 'The item as of `until` (now without it); null where the caller may not see it.',
      resolve: (changes, _args, { items }) =>
        items.load({ kind: changes.kind, id: changes.id, asOf: changes.asOf }),
    }),
    itemId: t.id({
      description: 'Global id of the item (use it with `node`).',
      resolve: (changes) => globalIdOf(changes.kind, changes.id),
    }),
    itemKind: t.exposeString('kind', { description: 'The item’s type, e.g. `Recommendation`.' }),
    actionField: t.field({
      type: ActionFieldType,
      nullable: true,
      description:
        'The action field the item is listed under: its first one (an action field: itself); null if it has none.',
      resolve: (changes, _args, { items }) =>
        changes.actionFieldId === undefined
          ? null
          : items.load({ kind: 'ActionField', id: changes.actionFieldId, asOf: changes.asOf }),
    }),
    events: t.expose('entries', {
      type: [HistoryEntryType],
      description:
        'The item’s events within the window, in order, with reasons and changed fields (as in `history`).',
    }),
  }),
});
