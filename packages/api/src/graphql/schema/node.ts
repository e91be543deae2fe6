import { AGGREGATE_KINDS, type AggregateKind } from '@fahrplan/domain';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { loadItems } from '../../queries/items.js';
import { builder } from '../builder.js';
import { badArgument } from '../errors.js';
import { ID_TEXT_MAX, textProblem } from '../input-guard/text.js';
import { timeTravelArgs, timeTravelOf } from '../time-travel-args.js';

const refOf = (globalId: string) => {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    // What the id names goes into a query: it must be storable text (no NUL inside the base64).
    return (AGGREGATE_KINDS as readonly string[]).includes(typename) &&
      textProblem(id, ID_TEXT_MAX) === undefined
      ? { kind: typename as AggregateKind, id }
      : undefined;
  } catch {
    return undefined;
  }
};

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Any item by its global id; with `asOf`, as it was then (null if it did not exist yet).',
    args: { id: t.arg.id({ required: true }), ...timeTravelArgs },
    resolve: async (_root, args, { database, locale, scope }) => {
      const ref = refOf(String(args.id));
      if (!ref) throw badArgument('id', 'Die ID ist ungültig.', 'The id is not valid.', locale);
      const [item] = await loadItems(database, [ref], timeTravelOf(args), scope);
      return item ?? null;
    },
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Several items by global id, in the order asked (null where none exists).',
    args: { ids: t.arg.idList({ required: true }), ...timeTravelArgs },
    resolve: async (_root, args, { database, locale, scope }) => {
      if (args.ids.length > 100) {
        throw badArgument('ids', 'Höchstens 100 IDs.', 'At most 100 ids.', locale);
      }
      const refs = args.ids.map((id) => refOf(String(id)));
      const invalid = refs.indexOf(undefined);
      if (invalid >= 0) {
        throw badArgument(
          'ids',
          `Die ID an Stelle ${invalid + 1} ist ungültig.`,
          `The id at index ${invalid} is not valid.`,
          locale,
        );
      }
      const items = await loadItems(
        database,
        refs.flatMap((ref) => (ref ? [ref] : [])),
        timeTravelOf(args),
        scope,
      );
      return refs.map(
        (ref) => items.find((i) => ref && i.kind === ref.kind && i.id === ref.id) ?? null,
      );
    },
  }),
}));
