import type {
  ActiveActionField,
  AggregateKind,
  CancelledMeeting,
  CapturedSuggestion,
  DeclinedSuggestion,
  ExistingConsultation,
  ExistingGuideline,
  ExistingIndicator,
  ExistingMeasure,
  ExistingProjectIdea,
  ExistingRecommendation,
  ExistingReportingCycle,
  HeldMeeting,
  PlannedMeeting,
  ProcessState,
  RetiredActionField,
  TakenUpSuggestion,
} from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import { inProcessSql } from '../live/index.js';
import { searchMatchSql } from '../search/match.js';
import type { SearchQuery } from '../search/query.js';
import { type ReadScope, visibleSql } from '../visibility/rules.js';
import { itemKeys } from './key-set.js';
import { type TimeTravel, validAt } from './time-travel.js';

/** What `state` holds per kind: the domain state once the item exists, as the projection wrote it. */
export interface ItemStates {
  readonly ActionField: ActiveActionField | RetiredActionField;
  readonly Meeting: PlannedMeeting | HeldMeeting | CancelledMeeting;
  readonly Suggestion: CapturedSuggestion | TakenUpSuggestion | DeclinedSuggestion;
  readonly Recommendation: ExistingRecommendation;
  readonly Guideline: ExistingGuideline;
  readonly ProjectIdea: ExistingProjectIdea;
  readonly Measure: ExistingMeasure;
  readonly Indicator: ExistingIndicator;
  readonly ReportingCycle: ExistingReportingCycle;
  readonly Process: Exclude<ProcessState, { status: 'empty' }>;
  readonly Consultation: ExistingConsultation;
}

interface RowOf<K extends AggregateKind> {
  readonly kind: K;
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly title: string;
  readonly state: ItemStates[K];
  readonly eventType: string;
  /** When the latest change happened / was recorded. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** When the item was first recorded. */
  readonly createdAt: string;
  /** The moment this row was read at, so nested fields travel along. */
  readonly asOf: TimeTravel | undefined;
}

/**
 * One item as the read model holds it: the domain state at a version, with its times. A union
 * over the kinds, so checking `kind` narrows `state`; `ItemRow<'Meeting'>` is a meeting's.
 */
export type ItemRow<K extends AggregateKind = AggregateKind> = { [P in K]: RowOf<P> }[K];

/**
 * A row a command's append just projected, typed as the read model types its rows. The
 * projection folds every kind in one loop, so its state is untyped by kind; it is the kind's own
 * domain state, as `ITEM_COLUMNS` would read it back.
 */
export const projectedItem = (
  row: Omit<RowOf<AggregateKind>, 'state'> & { readonly state: Record<string, unknown> },
): ItemRow => row as unknown as ItemRow;

/**
 * The domain state of a row of the given kind. A field of a kind's type only ever gets that
 * kind's rows (`isTypeOf`), so the throw marks a wiring mistake, not bad data.
 */
export const stateOf = <K extends AggregateKind>(row: ItemRow, kind: K): ItemStates[K] => {
  if (row.kind !== kind) throw new Error(`A ${row.kind} row is read as a ${kind}.`);
  // Narrowing the union of ten kinds by a generic kind is too complex for the compiler: the
  // check above is what makes the state the kind's.
  return row.state as ItemStates[K];
};

const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

// Named as `ItemRow` names them, so a row needs no renaming (a rest-and-rename per row was a
// visible share of a list's CPU).
export const ITEM_COLUMNS = sql.raw(`v.kind, v.id, v.version, v.status, v.title, v.state,
  v.event_type AS "eventType",
  to_char(v.occurred_at AT TIME ZONE 'UTC', '${ISO}') AS "occurredAt",
  to_char(v.valid_from AT TIME ZONE 'UTC', '${ISO}') AS "recordedAt",
  (SELECT to_char(f.valid_from AT TIME ZONE 'UTC', '${ISO}') FROM item_versions f
    WHERE f.kind = v.kind AND f.id = v.id AND f.version = 1) AS "createdAt"`);

/** An item as `ITEM_COLUMNS` selects it; `state` is what the kind's projection stored. */
export type RawItemRow = { [K in AggregateKind]: Omit<RowOf<K>, 'asOf'> }[AggregateKind];

export const itemOf =
  (asOf: TimeTravel | undefined) =>
  (row: RawItemRow): ItemRow => ({ ...row, asOf });

export interface ItemRef {
  readonly kind: AggregateKind;
  readonly id: string;
}

/** Loads items by reference, in one query; missing ones are left out. */
export const loadItems = async (
  runner: SqlRunner,
  refs: readonly ItemRef[],
  asOf?: TimeTravel,
  scope: ReadScope = 'all',
): Promise<ItemRow[]> => {
  if (refs.length === 0) return [];
  // Driven by the keys: one primary-key probe per item (its newest matching version), however
  // many items of those kinds the read model holds. `(kind, id) IN (…)` let the planner scan every
  // current row passing the visibility filter first (all published suggestions, say) and join
  // the keys after: work that grew with the read model, not with the page.
  const rows = await runner.rows<RawItemRow>(sql`
    SELECT ${ITEM_COLUMNS} FROM (SELECT DISTINCT * FROM (${itemKeys(refs)}) AS keys) AS k
    CROSS JOIN LATERAL (
      SELECT * FROM item_versions v
      WHERE v.kind = k.kind AND v.id = k.id AND ${validAt(asOf)}
      ORDER BY v.version DESC LIMIT 1
    ) AS v
    WHERE ${visibleSql(scope)}`);
  return rows.map(itemOf(asOf));
};

export interface ItemFilter {
  readonly kind: AggregateKind;
  readonly statuses?: readonly string[];
  readonly actionFieldId?: string;
  /** A process's id: only what belongs to it (see `inProcessSql`). */
  readonly processId?: string;
  /** Containment in the state, e.g. `{ guidelineIds: ['…'] }`. */
  readonly stateContains?: Record<string, unknown>;
  /** Word parts and German word forms (see `searchMatchSql`). */
  readonly search?: SearchQuery;
  /** Where the caller reads everything (see `ReadScope`); elsewhere published items only. */
  readonly scope?: ReadScope;
}

/** A page of items, ordered by title then id; `after` is the last (title, id) seen. */
/** The conditions of a list, shared by its pages and its count. */
const listWhere = (filter: ItemFilter, asOf?: TimeTravel): SQL[] => {
  const where: SQL[] = [
    sql`v.kind = ${filter.kind}`,
    validAt(asOf),
    visibleSql(filter.scope ?? 'all'),
  ];
  if (filter.statuses?.length) {
    where.push(sql`v.status IN (${sqlList(filter.statuses)})`);
  }
  if (filter.actionFieldId) where.push(sql`${filter.actionFieldId} = ANY(v.action_field_ids)`);
  if (filter.processId) where.push(inProcessSql(filter.processId));
  if (filter.stateContains) {
    where.push(sql`v.state @> ${JSON.stringify(filter.stateContains)}::jsonb`);
  }
  if (filter.search) where.push(searchMatchSql(filter.search));
  return where;
};

/** How many item versions (`v`) meet `where`: one COUNT, no rows loaded. */
export const countItemVersions = async (runner: SqlRunner, where: SQL): Promise<number> => {
  const [row] = await runner.rows<{ count: string | number }>(sql`
    SELECT count(*) AS count FROM item_versions v WHERE ${where}`);
  return Number(row?.count ?? 0);
};

/** How many items a list holds with these filters. */
export const countItems = (runner: SqlRunner, filter: ItemFilter, asOf?: TimeTravel) =>
  countItemVersions(runner, sql.join(listWhere(filter, asOf), sql` AND `));

export const listItems = async (
  runner: SqlRunner,
  filter: ItemFilter,
  page: { first: number; after?: { title: string; id: string } },
  asOf?: TimeTravel,
): Promise<ItemRow[]> => {
  const where = listWhere(filter, asOf);
  if (page.after) where.push(sql`(v.title, v.id) > (${page.after.title}, ${page.after.id})`);
  const rows = await runner.rows<RawItemRow>(sql`
    SELECT ${ITEM_COLUMNS} FROM item_versions v
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY v.title, v.id
    LIMIT ${page.first}`);
  return rows.map(itemOf(asOf));
};
