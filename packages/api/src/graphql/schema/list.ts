import type { AggregateKind } from '@fahrplan/domain';
import type { ArgBuilder as ArgBuilderOf, ObjectRef } from '@pothos/core';
import { countItems, type ItemFilter, type ItemRow, listItems } from '../../queries/items.js';
import { actionFieldIdOfDecoded } from '../action-field-arg.js';
import { builder, type Types } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { forwardPage } from '../forward-page.js';
import { ID_TEXT_MAX, TEXT_MAX, textProblem } from '../input-guard/text.js';
import { knownProcessIdOf, processArg } from '../process-arg.js';
import { SEARCH_DESCRIPTION, searchQueryOf } from '../search-arg.js';
import { timeTravelArgs, timeTravelOf } from '../time-travel-args.js';
import { CONNECTIONS_BY_KIND } from './connections.js';
import { DEPRECATED } from './deprecations.js';
import { STATUS_ENUMS } from './enums.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const encodeCursor = (row: ItemRow) =>
  Buffer.from(JSON.stringify([row.title, row.id])).toString('base64url');

const decodeCursor = (cursor: string): { title: string; id: string } | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    // Strictly what encodeCursor makes: two storable strings (a NUL would reach the query).
    return Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      textProblem(value[0], TEXT_MAX) === undefined &&
      textProblem(value[1], ID_TEXT_MAX) === undefined
      ? { title: value[0], id: value[1] }
      : undefined;
  } catch {
    return undefined;
  }
};

type ArgBuilder = ArgBuilderOf<Types>;

/** `statuses` (the kind's enum) and the string `status` it replaces. */
export const statusArgs = (arg: ArgBuilder, kind: AggregateKind) => ({
  statuses: arg({
    type: [STATUS_ENUMS[kind]],
    required: false,
    description: 'Only these statuses.',
  }),
  status: arg.stringList({
    required: false,
    deprecationReason: DEPRECATED.statusFilter,
    description: 'Only these statuses (machine values as strings).',
  }),
});

/** The statuses asked for by either argument (both given: any of them). */
const statusesOf = (args: ListArgs): readonly string[] | undefined =>
  args.status || args.statuses ? [...(args.status ?? []), ...(args.statuses ?? [])] : undefined;

/**
 * The filters every list shares: status (the kind's enum), action field, strategy process,
 * German full-text search, time travel.
 */
export const listArgs = (arg: ArgBuilder, kind: AggregateKind) => ({
  ...timeTravelArgs,
  ...statusArgs(arg, kind),
  actionField: arg.globalID({ required: false, description: 'Only items of this action field.' }),
  process: processArg(arg),
  search: arg.string({
    required: false,
    description: SEARCH_DESCRIPTION,
  }),
});

export interface ListArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
  readonly asOf?: string | null;
  readonly asOfBasis?: 'RECORDED' | 'OCCURRED' | null;
  readonly status?: readonly string[] | null;
  readonly statuses?: readonly string[] | null;
  readonly actionField?: { readonly typename: string; readonly id: string } | null;
  readonly search?: string | null;
  readonly process?: string | null;
}

/** One page of a list, forward only, capped at `MAX_PAGE_SIZE`. */
export const resolveItemPage = async (
  args: ListArgs,
  filter: Pick<ItemFilter, 'kind' | 'stateContains'>,
  context: GraphQLContext,
) => {
  const { database, locale, scope } = context;
  const { first, after } = forwardPage(args, decodeCursor, locale, {
    max: MAX_PAGE_SIZE,
    fallback: DEFAULT_PAGE_SIZE,
  });
  const listFilter: ItemFilter = {
    ...filter,
    scope,
    ...(statusesOf(args) ? { statuses: statusesOf(args) } : {}),
    ...(args.actionField
      ? { actionFieldId: actionFieldIdOfDecoded(args.actionField, locale) }
      : {}),
    ...(args.process ? { processId: await knownProcessIdOf(args.process, context) } : {}),
    // An empty search filters nothing, as before; any other must be a search.
    ...(args.search?.trim() ? { search: searchQueryOf(args.search, 'search', locale) } : {}),
  };
  const rows = await listItems(
    database,
    listFilter,
    { first: first + 1, ...(after ? { after } : {}) },
    timeTravelOf(args),
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    edges: page.map((row) => ({ cursor: encodeCursor(row), node: row })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== undefined,
      startCursor: page[0] ? encodeCursor(page[0]) : null,
      endCursor: last ? encodeCursor(last) : null,
    },
    totalCount: () => countItems(database, listFilter, timeTravelOf(args)),
  };
};

/** A list query of one kind of item with the shared filters. */
export const listConnection = (
  name: string,
  type: ObjectRef<Types, ItemRow>,
  kind: keyof typeof CONNECTIONS_BY_KIND,
  description: string,
) =>
  builder.queryField(name, (t) =>
    t.connection(
      {
        type,
        description,
        args: listArgs(t.arg, kind),
        resolve: (_root, args, context) => resolveItemPage(args, { kind }, context),
      },
      CONNECTIONS_BY_KIND[kind],
    ),
  );
