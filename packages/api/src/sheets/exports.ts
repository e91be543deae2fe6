import {
  type AggregateKind,
  KIND_LABELS,
  STATUS_LABELS,
  sectorLabels,
  suggestionChannelLabels,
} from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { Locale } from '../http/locale.js';
import type { Scope } from '../http/scope-params.js';
import { inProcessSql } from '../live/index.js';
import { type ItemRow, listItems, stateOf } from '../queries/items.js';
import { lagebildRows } from '../queries/lagebild.js';
import { personalDataOf } from '../queries/personal-data.js';
import { type ReadScope, visibleEventSql, visibleSql } from '../visibility/rules.js';
import type {
  ACTIVITY_COLUMNS,
  INDICATOR_VALUE_COLUMNS,
  MEASURE_COLUMNS,
  RECOMMENDATION_COLUMNS,
  SheetColumn,
  SheetRecord,
  SUGGESTION_COLUMNS,
} from './columns.js';

/** An export holds at most this many rows, like an import. */
export const MAX_EXPORT_ROWS = 10_000;

const statusOf = (kind: AggregateKind, status: string, locale: Locale) =>
  STATUS_LABELS[kind][status]?.[locale] ?? status;

const actionFieldTitles = async (runner: SqlRunner, reads: ReadScope) =>
  new Map(
    (
      await runner.rows<{ id: string; title: string }>(sql`
        SELECT v.id, v.title FROM item_versions v
        WHERE v.kind = 'ActionField' AND v.valid_to IS NULL AND ${visibleSql(reads)}`)
    ).map((row) => [row.id, row.title]),
  );

/** A meeting's suggestions; the submitter's details only where the caller may see them. */
export const suggestionRecords = async (
  runner: SqlRunner,
  meetingId: string,
  reads: ReadScope,
  personal: boolean,
  locale: Locale,
): Promise<SheetRecord<typeof SUGGESTION_COLUMNS>[]> => {
  const items = await listItems(
    runner,
    { kind: 'Suggestion', stateContains: { meetingId }, scope: reads },
    { first: MAX_EXPORT_ROWS },
  );
  const fields = await actionFieldTitles(runner, reads);
  const records: SheetRecord<typeof SUGGESTION_COLUMNS>[] = [];
  for (const item of items) {
    const state = stateOf(item, 'Suggestion');
    const subjectId = state.submitterSubjectId;
    const person =
      personal && subjectId
        ? (await personalDataOf(runner, 'Suggestion', item.id)).get(subjectId)
        : undefined;
    const details = person && !person.erased ? person : undefined;
    records.push({
      id: item.id,
      ...(state.title ? { title: state.title } : {}),
      text: state.text,
      sector: sectorLabels[state.sector][locale],
      actionFields: state.actionFieldIds.map((id) => fields.get(id) ?? id),
      channel: suggestionChannelLabels[state.channel][locale],
      ...(details?.name ? { submitter: details.name } : {}),
      ...(details?.email ? { email: details.email } : {}),
      ...(details?.organisation ? { organisation: details.organisation } : {}),
      ...(personal && details ? { consent: true } : {}),
      status: statusOf('Suggestion', state.status, locale),
      capturedAt: new Date(state.capturedAt),
    });
  }
  return records;
};

/** The rows of a list's file in scope, as the reader may see them, filtered by status (none: all). */
export type ListRecords<C extends readonly SheetColumn[]> = (
  runner: SqlRunner,
  scope: Scope,
  reads: ReadScope,
  locale: Locale,
  statuses?: readonly string[],
) => Promise<SheetRecord<C>[]>;

/** A list's records: its items of `kind` in scope (at most `MAX_EXPORT_ROWS`), made rows by `rows`. */
const listRecords =
  <C extends readonly SheetColumn[]>(
    kind: 'Measure' | 'Recommendation',
    rows: (
      items: ItemRow[],
      locale: Locale,
      runner: SqlRunner,
      reads: ReadScope,
    ) => Promise<SheetRecord<C>[]>,
  ): ListRecords<C> =>
  async (runner, scope, reads, locale, statuses = []) => {
    const items = await listItems(
      runner,
      { kind, scope: reads, statuses, ...scope.filter },
      { first: MAX_EXPORT_ROWS },
    );
    return rows(items, locale, runner, reads);
  };

/** Measures and their milestones, as the bulk update imports them back. */
export const measureRecords = listRecords<typeof MEASURE_COLUMNS>(
  'Measure',
  async (items, locale) =>
    items.flatMap((item) => {
      const state = stateOf(item, 'Measure');
      const base = { measureId: item.id, version: item.version, measure: state.title };
      return [
        { ...base, status: statusOf('Measure', state.status, locale), progress: state.progress },
        ...state.milestones.map((milestone) => ({
          ...base,
          milestoneId: milestone.milestoneId,
          milestone: milestone.title,
          dueDate: milestone.dueDate,
          reached: milestone.reachedAt !== undefined,
        })),
      ];
    }),
);

/**
 * The bulk values table: the active indicators in scope (as the bulk values page lists them),
 * each with its latest value, as the import reads them back.
 */
export const indicatorValueRecords = async (
  runner: SqlRunner,
  scope: Scope,
  reads: ReadScope,
): Promise<SheetRecord<typeof INDICATOR_VALUE_COLUMNS>[]> => {
  const { measures, indicators } = await lagebildRows(
    runner,
    { ...scope.filter, scope: reads },
    undefined,
  );
  const titles = new Map(measures.map((row) => [row.id, row.title]));
  return indicators
    .filter((row) => row.status === 'active')
    .slice(0, MAX_EXPORT_ROWS)
    .map((row) => {
      const { state } = row;
      const latest = state.values.at(-1);
      const measure = state.subject.kind === 'Measure' ? titles.get(state.subject.id) : undefined;
      return {
        indicatorId: row.id,
        version: row.version,
        indicator: state.title,
        unit: state.unit,
        ...(measure === undefined ? {} : { measure }),
        ...(latest
          ? { value: latest.value, referenceDate: latest.referenceDate, source: latest.source }
          : {}),
      };
    });
};

export const recommendationRecords = listRecords<typeof RECOMMENDATION_COLUMNS>(
  'Recommendation',
  async (items, locale, runner, reads) => {
    const fields = await actionFieldTitles(runner, reads);
    return items.map((item) => {
      const state = stateOf(item, 'Recommendation');
      return {
        id: item.id,
        title: item.title,
        status: statusOf('Recommendation', item.status, locale),
        actionFields: state.actionFieldIds.map((id) => fields.get(id) ?? id),
        changedAt: new Date(item.recordedAt),
      };
    });
  },
);

/** The activity log, newest first; from `since` on: "Änderungen seit …". */
export const activityRecords = async (
  runner: SqlRunner,
  reads: ReadScope,
  window: { readonly since?: string; readonly until?: string; readonly scope: Scope },
  locale: Locale,
): Promise<SheetRecord<typeof ACTIVITY_COLUMNS>[]> => {
  const { actionFieldId, processId } = window.scope.filter;
  const rows = await runner.rows<{
    recorded_at: string;
    kind: AggregateKind;
    id: string;
    title: string;
    type: string;
    version: number;
  }>(sql`
    SELECT to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at,
      v.kind, v.id, v.title, e.type, v.version
    FROM events e JOIN item_versions v ON v.event_id = e.id
    WHERE ${sql.join(
      [
        visibleEventSql(reads),
        ...(window.since ? [sql`e.recorded_at >= ${window.since}`] : []),
        ...(window.until ? [sql`e.recorded_at <= ${window.until}`] : []),
        ...(actionFieldId ? [sql`${actionFieldId} = ANY(v.action_field_ids)`] : []),
        ...(processId ? [inProcessSql(processId)] : []),
      ],
      sql` AND `,
    )}
    ORDER BY e.id DESC LIMIT ${MAX_EXPORT_ROWS}`);
  return rows.map((row) => ({
    at: new Date(row.recorded_at),
    kind: KIND_LABELS[row.kind]?.[locale] ?? row.kind,
    id: row.id,
    title: row.title,
    change: row.type,
    version: row.version,
  }));
};
