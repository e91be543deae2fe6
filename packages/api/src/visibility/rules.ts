import type { AggregateKind } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/caller.js';

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
  // A process is public from its definition: partners need the frame their items belong to.
  Process: ['planned', 'running', 'concluded'],
};

/** The project team, the ministry and admins see everything, personal data included. */
export const seesEverything = (caller: Caller): boolean =>
  caller.role === 'team' || caller.role === 'ministry' || caller.role === 'admin';

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
          sql`(${sql.raw(alias)}.kind = ${kind} AND ${sql.raw(alias)}.status IN (${sql.join(
            statuses.map((status) => sql`${status}`),
            sql`, `,
          )}))`,
      ),
    sql` OR `,
  );

/** `true`, or the public-only condition over the row alias: for the WHERE of every read. */
export const visibleSql = (publicOnly: boolean, alias = 'v'): SQL =>
  publicOnly ? sql`(${publicRowSql(alias)})` : sql`true`;

/**
 * Over an event (alias `e`): the item version it produced is public. Events of streams that are
 * no item never are.
 */
export const publicEventSql = (): SQL =>
  sql`EXISTS (SELECT 1 FROM item_versions v WHERE v.event_id = e.id AND (${publicRowSql('v')}))`;
