import type { AggregateKind, ProvenanceRelation } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { type ItemRow, type ItemStates, stateOf } from '../queries/items.js';
import { itemsOfKinds } from '../queries/lagebild.js';
import { PUBLIC_ONLY, publicRowSql } from '../visibility/rules.js';

/** A current provenance link between two published items. */
export interface PublicLink {
  readonly relation: ProvenanceRelation;
  readonly sourceKind: string;
  readonly sourceId: string;
  readonly targetKind: string;
  readonly targetId: string;
  /** When the link was made in the real world (its event's occurredAt). */
  readonly occurredAt: string;
}

/** The published items of each kind, as their domain states, by title. */
type ByKind = { readonly [K in AggregateKind]: readonly ItemStates[K][] };

/**
 * Everything of one process that partners and anonymous callers may see, read with the same
 * rules as the API (`PUBLIC_ONLY`): published items of its kinds, and the links between
 * published items. `visible` answers for references: a reference to an item nobody outside may
 * see (a draft guideline a recommendation is assigned to) is left out of every file.
 */
export interface PublicData extends ByKind {
  readonly processId: string;
  readonly links: readonly PublicLink[];
  readonly visible: (kind: string, id: string) => boolean;
}

const KINDS = [
  'Process',
  'ActionField',
  'Guideline',
  'Recommendation',
  'Measure',
  'ProjectIdea',
  'Meeting',
  'Suggestion',
] as const satisfies readonly AggregateKind[];

const keyOf = (kind: string, id: string) => `${kind}:${id}`;

const ofKind = <K extends AggregateKind>(rows: readonly ItemRow[], kind: K): ItemStates[K][] => {
  const states: ItemStates[K][] = [];
  for (const row of rows) if (row.kind === kind) states.push(stateOf(row, kind));
  return states;
};

/** Every current published item and link of the process, in a few queries (no paging). */
export const loadPublicData = async (runner: SqlRunner, processId: string): Promise<PublicData> => {
  const [rows, indicators, published, links] = await Promise.all([
    itemsOfKinds(runner, KINDS, { processId, scope: PUBLIC_ONLY }, undefined),
    // Indicators cover no action field: they belong where their subject does (see lagebildRows).
    itemsOfKinds(runner, ['Indicator'], { scope: PUBLIC_ONLY }, undefined),
    runner.rows<{ kind: string; id: string }>(sql`
      SELECT v.kind, v.id FROM item_versions v
      WHERE v.valid_to IS NULL AND (${publicRowSql('v')})`),
    runner.rows<{
      relation: ProvenanceRelation;
      source_kind: string;
      source_id: string;
      target_kind: string;
      target_id: string;
      occurred_at: string;
    }>(sql`
      SELECT p.relation, p.source_kind, p.source_id, p.target_kind, p.target_id,
        to_char(ev.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at
      FROM provenance_edges p JOIN events ev ON ev.id = p.added_event_id
      WHERE p.removed_event_id IS NULL
      ORDER BY p.added_event_id, p.relation, p.source_id, p.target_id`),
  ]);
  const everywhere = new Set(published.map((row) => keyOf(row.kind, row.id)));
  const here = new Set(rows.map((row) => keyOf(row.kind, row.id)));
  const visible = (kind: string, id: string) => everywhere.has(keyOf(kind, id));
  return {
    processId,
    Process: ofKind(rows, 'Process'),
    ActionField: ofKind(rows, 'ActionField'),
    Guideline: ofKind(rows, 'Guideline'),
    Recommendation: ofKind(rows, 'Recommendation'),
    Measure: ofKind(rows, 'Measure'),
    ProjectIdea: ofKind(rows, 'ProjectIdea'),
    Meeting: ofKind(rows, 'Meeting'),
    Suggestion: ofKind(rows, 'Suggestion'),
    Indicator: ofKind(indicators, 'Indicator').filter(({ subject }) =>
      here.has(keyOf(subject.kind, subject.id)),
    ),
    ReportingCycle: [],
    // Never open data: a consultation's row holds its submissions (internal kind).
    Consultation: [],
    // A link belongs to the process of what grew from it; both ends must be published items.
    links: links
      .filter(
        (link) =>
          here.has(keyOf(link.target_kind, link.target_id)) &&
          visible(link.source_kind, link.source_id) &&
          visible(link.target_kind, link.target_id),
      )
      .map((link) => ({
        relation: link.relation,
        sourceKind: link.source_kind,
        sourceId: link.source_id,
        targetKind: link.target_kind,
        targetId: link.target_id,
        occurredAt: link.occurred_at,
      })),
    visible,
  };
};
