import { type ChangeWindow, changedItems, itemChanges } from '../../queries/changes.js';
import type { TimeTravel } from '../../queries/time-travel.js';
import { knownActionFieldIdOf } from '../action-field-arg.js';
import { builder } from '../builder.js';
import { badArgument } from '../errors.js';
import { knownProcessIdOf, processArg } from '../process-arg.js';
import { TimeBasis } from '../time-travel-args.js';
import { checkWindow } from '../time-window.js';
import { byFieldThenNewest, newestOf } from './changes/order.js';
import { type ItemChanges, ItemChangesType } from './changes/types.js';
import { historyFor } from './history.js';

/** More items than a steering group reviews at once: a wider window is refused, not cut off. */
export const MAX_CHANGED_ITEMS = 500;

builder.queryField('changes', (t) =>
  t.field({
    type: [ItemChangesType],
    description: `Everything that changed in a time window, by item (Änderungen seit …): by action field, newest change first, each item’s events as in its \`history\`. At most ${MAX_CHANGED_ITEMS} items: a wider window is refused with BAD_USER_INPUT.`,
    args: {
      since: t.arg({
        type: 'DateTime',
        required: true,
        description: 'Start of the window (inclusive).',
      }),
      until: t.arg({
        type: 'DateTime',
        required: false,
        description: 'End of the window (exclusive); now when omitted.',
      }),
      actionField: t.arg.id({
        required: false,
        description: 'Only changes of items in this action field, and of the action field itself.',
      }),
      process: processArg(t.arg),
      basis: t.arg({
        type: TimeBasis,
        required: false,
        defaultValue: 'RECORDED',
        description: 'Whether the window means recording time (default) or occurrence time.',
      }),
    },
    resolve: async (_root, args, context) => {
      const { database, items, locale, scope } = context;
      checkWindow(args, locale);
      const by: ChangeWindow['by'] = args.basis === 'OCCURRED' ? 'occurred' : 'recorded';
      const window: ChangeWindow = {
        since: args.since,
        by,
        scope,
        ...(args.until ? { until: args.until } : {}),
        ...(args.actionField != null
          ? { actionFieldId: await knownActionFieldIdOf(String(args.actionField), context) }
          : {}),
        ...(args.process != null
          ? { processId: await knownProcessIdOf(args.process, context) }
          : {}),
      };
      const touched = await changedItems(database, window, MAX_CHANGED_ITEMS + 1);
      if (touched.length > MAX_CHANGED_ITEMS) {
        throw badArgument(
          'since',
          `In diesem Zeitraum haben sich mehr als ${MAX_CHANGED_ITEMS} Einträge geändert: bitte den Zeitraum verkürzen oder nach Handlungsfeld filtern.`,
          `More than ${MAX_CHANGED_ITEMS} items changed in this window: shorten it or filter by action field.`,
          locale,
        );
      }
      const asOf: TimeTravel | undefined = args.until ? { at: args.until, by } : undefined;
      const changes = await Promise.all(
        (await itemChanges(database, window, touched)).map(
          async (row): Promise<ItemChanges> => ({
            ...row,
            entries: await historyFor(row.kind, row.id, row.entries, context),
            actionFieldId: row.kind === 'ActionField' ? row.id : row.actionFieldIds[0],
            asOf,
            newest: newestOf(row, by),
          }),
        ),
      );
      return byFieldThenNewest(changes, items, asOf);
    },
  }),
);
