import type { AggregateKind, Role } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/caller.js';
import { sqlList } from '../database/sql-list.js';
import { inProcessesSql } from './processes.js';

/**
 * What partners and anonymous callers may see: published content only. Per kind, the statuses in
 * which an item counts as published; an item in any other status (a draft, a recommendation in
 * review, a suggestion nobody took up) does not exist for them — not in lists, `node`, history,
 * provenance, the feed or subscriptions. Time travel applies the status the item had then.
 */
const PUBLIC_STATUSES: Readonly<Record<AggregateKind, readonly string[]>> = {
  ActionField: ['active', 'retired'],
  Meeting: ['planned', 'held'],
  // Raw input becomes public once it feeds the process.
  Suggestion: ['taken_up'],
  // Public from prioritisation on: review is internal; merged/split/withdrawn drafts never were.
  Recommendation: ['prioritised', 'adopted', 'rejected'],
  Guideline: ['published', 'retired'],
  ProjectIdea: ['in_preparation', 'running', 'completed', 'discontinued'],
  Measure: ['planned', 'in_progress', 'completion_requested', 'completed', 'stopped'],
  // Lagebild 2030. The figures are public: a published measure's indicators, their values
  // (with source and reference date), target changes with their reasons, and the derived
  // ratings; the measure's Ampel, responsibility (the responsible person as personal data: only
  // a subject id) and overdue milestones are public as the measure is. An indicator shows where
  // its subject (measure, action field) does: the Lagebild queries match indicators to the
  // measures and action fields the caller sees.
  Indicator: ['active', 'retired'],
  // Reporting cycles are the team's and the ministry's working process: partners and anonymous
  // callers see no cycle, no status report (so never the narrative of an unaccepted report) and
  // no missing reports. What a report records on public items (the Ampel and its reason, the
  // progress, the figures) is public there, like any rating or value.
  ReportingCycle: [],
  // A consultation's stream holds its submissions (confirmation hashes, submitters' subject ids,
  // text nobody moderated yet): the item is the team's and the ministry's; the public page reads
  // only its title, description and period.
  Consultation: [],
  // A process is public from its definition: partners need the frame their items belong to.
  Process: ['planned', 'running', 'concluded'],
};

/**
 * Where a caller reads everything (drafts, internal notes, who acted, personal data): in every
 * process (`'all'`), or in these processes only. Everywhere else it reads published content, as
 * partners and anonymous callers (`[]`) do everywhere. Decided once per request.
 */
export type ReadScope = 'all' | readonly string[];

/** The roles that read everything where they hold: the team, the ministry and admins. */
const READS_EVERYTHING: readonly Role[] = ['team', 'ministry', 'admin'];

/**
 * The caller's read scope, from the same grants that decide what it may do: such a role held
 * installation-wide (the ministry, admins, a token) reads every process; held in a process (a
 * person in the team of one strategy), that process only.
 */
export const readScopeOf = (caller: Caller): ReadScope => {
  const full = caller.grants.filter((grant) => READS_EVERYTHING.includes(grant.role));
  if (full.some((grant) => grant.processId === null)) return 'all';
  return [...new Set(full.flatMap((grant) => grant.processId ?? []))].sort();
};

/** Published content only, in every process: partners, anonymous callers, public feeds. */
export const PUBLIC_ONLY: ReadScope = [];

/** Whether the scope reads published content only, in every process. */
export const publicOnlyIn = (scope: ReadScope): boolean => scope !== 'all' && scope.length === 0;

/** Whether the scope reads everything in the process. */
export const seesAllOf = (scope: ReadScope, processId: string): boolean =>
  scope === 'all' || scope.includes(processId);

export const isPublic = (kind: string, status: string): boolean =>
  (PUBLIC_STATUSES[kind as AggregateKind] ?? []).includes(status);

/** SQL over a row with `kind` and `status` columns (alias given): true where it is public. */
export const publicRowSql = (alias: string): SQL =>
  sql.join(
    // A kind with no public status has no term: `IN ()` is no SQL.
    Object.entries(PUBLIC_STATUSES)
      .filter(([, statuses]) => statuses.length > 0)
      .map(
        ([kind, statuses]) =>
          sql`(${sql.raw(alias)}.kind = ${kind} AND ${sql.raw(alias)}.status IN (${sqlList(statuses)}))`,
      ),
    sql` OR `,
  );

/** Over an item version (alias given): it belongs to a process the scope reads everything in. */
export const fullySeenSql = (scope: ReadScope, alias = 'v'): SQL =>
  scope === 'all' ? sql`true` : inProcessesSql(scope, alias);

/**
 * The condition for the WHERE of every read, over an item version (alias given): `true` for
 * those who read everything; else public, or in a process the scope reads everything in.
 */
export const visibleSql = (scope: ReadScope, alias = 'v'): SQL =>
  scope === 'all'
    ? sql`true`
    : scope.length === 0
      ? sql`(${publicRowSql(alias)})`
      : sql`((${publicRowSql(alias)}) OR ${inProcessesSql(scope, alias)})`;

/**
 * Over an event (alias `e`): the caller may see the item version it produced. Events of streams
 * that are no item it sees only where it reads everything.
 *
 * A scalar subquery, not EXISTS: PostgreSQL turns EXISTS into a semi-join that reads every visible
 * version of the whole log before it sorts and cuts a page (49 ms a page at 10,000 events, growing
 * with the log); as a subquery it runs per event while the feed walks the chain in order and stops
 * at the page's end (16 ms, the same at any size).
 */
export const visibleEventSql = (scope: ReadScope): SQL =>
  scope === 'all'
    ? sql`true`
    : sql`COALESCE((SELECT true FROM item_versions v WHERE v.event_id = e.id AND ${visibleSql(scope)} LIMIT 1), false)`;
