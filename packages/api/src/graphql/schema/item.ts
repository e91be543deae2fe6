import { AGGREGATE_KINDS, type AggregateKind, STATUS_LABELS } from '@fahrplan/domain';
import { parseStreamId } from '../../event-log/streams.js';
import { countItemHistory, itemHistory, itemHistoryPage } from '../../queries/history.js';
import { type ItemRow, loadItems } from '../../queries/items.js';
import type { ProvenanceEdgeRow } from '../../queries/provenance.js';
import { provenanceEdgesFrom } from '../../queries/provenance.js';
import type { Redactor } from '../../visibility/redactor.js';
import { builder } from '../builder.js';
import { forwardPage } from '../forward-page.js';
import { positionCursor } from '../position-cursor.js';
import { selectsAny } from '../selects.js';
import { DEPRECATED } from './deprecations.js';
import { STATUS_ENUMS } from './enums.js';
import { HistoryEntryType, historyFor } from './history.js';
import {
  ProvenanceDirectionType,
  ProvenanceGraphType,
  type ProvenanceNodeShape,
} from './provenance.js';

const isKind = (kind: string): kind is AggregateKind =>
  (AGGREGATE_KINDS as readonly string[]).includes(kind);

/** Partners are no items: their name comes from the project idea they joined. */
const partnerName = (row: ItemRow | undefined, partnerId: string): string => {
  const partners = row?.kind === 'ProjectIdea' ? row.state.partners : [];
  return partners.find((p) => p.partnerId === partnerId)?.name ?? partnerId;
};

/** A link as the caller may see it: the why of the event that made it, where it may see that. */
const edgeFor = async (edge: ProvenanceEdgeRow, redactor: Redactor): Promise<ProvenanceEdgeRow> => {
  const itemId = parseStreamId(edge.eventStreamId)?.id ?? '';
  const reason = await redactor.edgeReason({
    eventId: edge.eventId,
    itemId,
    type: edge.eventType,
    schemaVersion: edge.eventSchemaVersion,
    data: edge.eventData,
    reason: edge.reason,
    evidence: edge.evidence,
  });
  return { ...edge, reason, actor: await redactor.actor(edge.actor, itemId) };
};

/** A history cursor is the item version it ends at. */
const historyCursor = positionCursor('version');
const MAX_HISTORY_PAGE = 100;

export const ItemInterface = builder.interfaceRef<ItemRow>('Item').implement({
  description:
    'Anything the strategy process tracks: action fields, meetings, suggestions, recommendations, guidelines, project ideas, measures.',
  interfaces: [builder.nodeInterfaceRef()],
  fields: (t) => ({
    version: t.exposeInt('version', {
      description: 'The item’s version: pass it as `expectedVersion` when changing it.',
    }),
    status: t.exposeString('status', {
      description:
        'Lifecycle status (machine value), for any kind; each kind’s `state` gives it as that kind’s enum.',
    }),
    statusLabel: t.string({
      description: 'The status in the caller’s language (Accept-Language: German or English).',
      resolve: (row, _args, { locale }) =>
        STATUS_LABELS[row.kind]?.[row.status]?.[locale] ?? row.status,
    }),
    title: t.exposeString('title', {
      description: 'Title (for a suggestion without one: the start of its text).',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the item was first recorded.',
    }),
    updatedAt: t.expose('recordedAt', {
      type: 'DateTime',
      description: 'When its latest change was recorded.',
    }),
    occurredAt: t.expose('occurredAt', {
      type: 'DateTime',
      description: 'When its latest change happened in the real world.',
    }),
    history: t.field({
      type: [HistoryEntryType],
      deprecationReason: DEPRECATED.itemHistory,
      description: 'Every event of the item in order (Verlauf), up to `asOf` where given.',
      resolve: async (row, _args, context) =>
        historyFor(
          row.kind,
          row.id,
          await itemHistory(context.database, row.kind, row.id, row.asOf),
          context,
        ),
    }),
    historyEntries: t.connection(
      {
        type: HistoryEntryType,
        description:
          'The item’s events in order (Verlauf), oldest first, up to `asOf` where given; partners and anonymous callers see them from publication on.',
        resolve: async (row, args, context, info) => {
          const { database, locale, scope } = context;
          const { first, after } = forwardPage(args, historyCursor.decode, locale, {
            max: MAX_HISTORY_PAGE,
            fallback: MAX_HISTORY_PAGE,
          });
          const item = { kind: row.kind, id: row.id, asOf: row.asOf };
          const totalCount = () => countItemHistory(database, item, scope);
          // Only the count asked for: no page to read (and, for partners, none to redact).
          if (!selectsAny(info, ['edges', 'pageInfo'])) {
            const pageInfo = { hasNextPage: false, hasPreviousPage: false };
            return {
              edges: [],
              pageInfo: { ...pageInfo, startCursor: null, endCursor: null },
              totalCount,
            };
          }
          const entries = await itemHistoryPage(database, item, {
            first: first + 1,
            after: after ?? 0,
            scope,
          });
          const page = await historyFor(row.kind, row.id, entries.slice(0, first), context);
          const last = page.at(-1);
          return {
            edges: page.map((entry) => ({
              cursor: historyCursor.encode(entry.version),
              node: entry,
            })),
            pageInfo: {
              hasNextPage: entries.length > first,
              hasPreviousPage: after !== undefined,
              startCursor: page[0] ? historyCursor.encode(page[0].version) : null,
              endCursor: last ? historyCursor.encode(last.version) : null,
            },
            totalCount,
          };
        },
      },
      {
        name: 'HistoryEntryConnection',
        description: 'A page of an item’s history (Verlauf), oldest first (Relay connection).',
      },
      { name: 'HistoryEntryEdge', description: 'One event of an item’s history, with its cursor.' },
    ),
    provenance: t.field({
      type: ProvenanceGraphType,
      description: 'Where the item came from (UPSTREAM) and/or what became of it (DOWNSTREAM).',
      args: {
        direction: t.arg({ type: ProvenanceDirectionType, required: true, defaultValue: 'BOTH' }),
        depth: t.arg.int({
          required: true,
          defaultValue: 5,
          description: 'How many links to follow (1–10).',
        }),
      },
      resolve: async (row, { direction, depth }, { database, scope, redactor }) => {
        const edges = await provenanceEdgesFrom(database, row, direction, depth, row.asOf);
        const ends = new Map<string, { kind: string; id: string }>();
        for (const edge of edges) {
          ends.set(`${edge.sourceKind}:${edge.sourceId}`, {
            kind: edge.sourceKind,
            id: edge.sourceId,
          });
          ends.set(`${edge.targetKind}:${edge.targetId}`, {
            kind: edge.targetKind,
            id: edge.targetId,
          });
        }
        ends.set(`${row.kind}:${row.id}`, row);
        const refs = [...ends.values()].flatMap((end) =>
          isKind(end.kind) ? [{ kind: end.kind, id: end.id }] : [],
        );
        const items = new Map(
          (await loadItems(database, refs, row.asOf, scope)).map((item) => [
            `${item.kind}:${item.id}`,
            item,
          ]),
        );
        // An end that is no item (a partner) is named after the project it joined; an item end
        // that did not load is hidden from this caller (or did not exist yet): so is its edge.
        const nodes = [...ends.values()].flatMap((end): ProvenanceNodeShape[] => {
          const item = items.get(`${end.kind}:${end.id}`);
          if (item)
            return [{ kind: item.kind, id: item.id, title: item.title, status: item.status }];
          if (isKind(end.kind)) return [];
          const joined = edges.find(
            (edge) => edge.sourceId === end.id && edge.sourceKind === end.kind,
          );
          const project = joined && items.get(`${joined.targetKind}:${joined.targetId}`);
          return project
            ? [{ kind: end.kind, id: end.id, title: partnerName(project, end.id), status: null }]
            : [];
        });
        const shown = new Set(nodes.map((node) => `${node.kind}:${node.id}`));
        const visible = edges.filter(
          (edge) =>
            shown.has(`${edge.sourceKind}:${edge.sourceId}`) &&
            shown.has(`${edge.targetKind}:${edge.targetId}`),
        );
        return { nodes, edges: await Promise.all(visible.map((edge) => edgeFor(edge, redactor))) };
      },
    }),
  }),
});

/** A concrete item type: a Relay node backed by the versioned read model. */
export const itemType = (kind: AggregateKind, description: string) =>
  builder.node(builder.objectRef<ItemRow>(kind), {
    description,
    interfaces: [ItemInterface],
    id: { resolve: (row) => row.id },
    isTypeOf: (row) => (row as ItemRow).kind === kind,
    // Per type, not on `Item`: GraphQL has no enum subtyping, so one interface field cannot
    // carry each kind's own enum; `Item.status` stays the string any selection can ask for.
    fields: (t) => ({
      state: t.expose('status', {
        type: STATUS_ENUMS[kind],
        description: `The lifecycle status as \`${kind}Status\`, for an exhaustive switch: the same value as \`status\`; \`statusLabel\` says it in words.`,
      }),
    }),
  });
