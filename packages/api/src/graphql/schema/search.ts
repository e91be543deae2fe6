import { AGGREGATE_KINDS, type AggregateKind } from '@fahrplan/domain';
import { countSearchHits, type SearchPosition, searchItems } from '../../queries/search.js';
import { builder } from '../builder.js';
import { forwardPage } from '../forward-page.js';
import { knownProcessIdOf, processArg } from '../process-arg.js';
import { SEARCH_DESCRIPTION, searchQueryOf } from '../search-arg.js';
import { timeTravelArgs, timeTravelOf } from '../time-travel-args.js';
import { ItemConnection } from './connections.js';
import { ItemInterface } from './item.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list.js';

const KIND_VALUES: Record<AggregateKind, string> = {
  ActionField: 'ACTION_FIELD',
  Meeting: 'MEETING',
  Suggestion: 'SUGGESTION',
  Recommendation: 'RECOMMENDATION',
  Guideline: 'GUIDELINE',
  ProjectIdea: 'PROJECT_IDEA',
  Measure: 'MEASURE',
  Indicator: 'INDICATOR',
  ReportingCycle: 'REPORTING_CYCLE',
  Process: 'PROCESS',
  Consultation: 'CONSULTATION',
};

export const ItemKindEnum = builder.enumType('ItemKind', {
  description: 'A kind of item: the GraphQL type of the same name.',
  values: Object.fromEntries(
    AGGREGATE_KINDS.map((kind) => [
      KIND_VALUES[kind],
      { value: kind, description: `\`${kind}\` items.` },
    ]),
  ) as Record<string, { value: AggregateKind; description: string }>,
});

const encodeCursor = ({ score, title, id }: SearchPosition) =>
  Buffer.from(JSON.stringify([score, title, id])).toString('base64url');

const decodeCursor = (cursor: string): SearchPosition | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    return Array.isArray(value) &&
      Number.isSafeInteger(value[0]) &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string'
      ? { score: value[0], title: value[1], id: value[2] }
      : undefined;
  } catch {
    return undefined;
  }
};

builder.queryField('search', (t) =>
  t.connection(
    {
      type: ItemInterface,
      description:
        'Items of every kind (or of `kinds`) that match `query`, best match first: whole words before word starts before parts of compounds. Partners and anonymous callers find published items only.',
      args: {
        ...timeTravelArgs,
        query: t.arg.string({ required: true, description: SEARCH_DESCRIPTION }),
        kinds: t.arg({
          type: [ItemKindEnum],
          required: false,
          description: 'Only items of these kinds (none or an empty list: all kinds).',
        }),
        process: processArg(t.arg),
      },
      resolve: async (_root, args, context) => {
        const { database, locale, scope } = context;
        const processId = args.process ? await knownProcessIdOf(args.process, context) : undefined;
        const { first, after } = forwardPage(args, decodeCursor, locale, {
          max: MAX_PAGE_SIZE,
          fallback: DEFAULT_PAGE_SIZE,
        });
        const query = searchQueryOf(args.query, 'query', locale);
        const kinds = args.kinds?.length ? args.kinds : AGGREGATE_KINDS;
        const hits = await searchItems(
          database,
          { query, kinds, scope, ...(processId ? { processId } : {}) },
          { first: first + 1, ...(after ? { after } : {}) },
          timeTravelOf(args),
        );
        const page = hits.slice(0, first);
        const cursorOf = (hit: (typeof page)[number]) =>
          encodeCursor({ score: hit.score, title: hit.item.title, id: hit.item.id });
        const last = page.at(-1);
        return {
          edges: page.map((hit) => ({ cursor: cursorOf(hit), node: hit.item })),
          pageInfo: {
            hasNextPage: hits.length > first,
            hasPreviousPage: after !== undefined,
            startCursor: page[0] ? cursorOf(page[0]) : null,
            endCursor: last ? cursorOf(last) : null,
          },
          totalCount: () =>
            countSearchHits(
              database,
              { query, kinds, scope, ...(processId ? { processId } : {}) },
              timeTravelOf(args),
            ),
        };
      },
    },
    ItemConnection,
  ),
);
