import type { ExistingIndicator, ExistingMeasure, Sector } from '@fahrplan/domain';
import type { SqlRunner } from '../database/index.js';
import { itemChanges } from '../queries/changes.js';
import type { HistoryEntry } from '../queries/history.js';
import { type ItemRef, type ItemRow, listItems, loadItems, stateOf } from '../queries/items.js';
import { provenanceEdgesFrom } from '../queries/provenance.js';
import { roadmapRows } from '../queries/roadmap.js';
import type { TimeTravel } from '../queries/time-travel.js';
import type { ReadScope } from '../visibility/rules.js';
import type { ReportMoments } from './report-moments.js';

/** Where a measure came from, as far as the reader may see. */
export interface MeasureSources {
  readonly suggestions: readonly string[];
  readonly meetings: readonly string[];
  readonly recommendations: readonly string[];
  readonly sectors: readonly Sector[];
}

export interface MeasureInReport {
  readonly id: string;
  readonly state: ExistingMeasure;
  readonly sources: MeasureSources;
  /** The Lagebild's indicators of the measure, where the monitoring work has defined some. */
  readonly indicators: readonly ExistingIndicator[];
  /** Its versions recorded in the `since` window, oldest first (empty without `since`). */
  readonly changes: readonly HistoryEntry[];
}

export interface ReportContent {
  readonly actionFields: ReadonlyMap<string, string>;
  readonly measures: readonly MeasureInReport[];
}

/** How far back a measure's origin is followed: suggestion → recommendation → measure and so on. */
const PROVENANCE_DEPTH = 5;

/**
 * The items upstream of a measure the reader may see, reached only through items it may see: a
 * published suggestion behind a draft recommendation is not named, since naming it would tell
 * that the draft exists.
 */
const sourcesOf = async (
  runner: SqlRunner,
  measure: ItemRef,
  asOf: TimeTravel | undefined,
  reads: ReadScope,
): Promise<MeasureSources> => {
  const edges = await provenanceEdgesFrom(runner, measure, 'UPSTREAM', PROVENANCE_DEPTH, asOf);
  const refs = edges.flatMap((edge): ItemRef[] =>
    edge.sourceKind === 'Partner'
      ? []
      : [{ kind: edge.sourceKind as ItemRef['kind'], id: edge.sourceId }],
  );
  const visible = new Map<string, ItemRow>(
    (await loadItems(runner, refs, asOf, reads)).map((row) => [`${row.kind}:${row.id}`, row]),
  );
  const reached = new Set([`${measure.kind}:${measure.id}`]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const edge of edges) {
      const source = `${edge.sourceKind}:${edge.sourceId}`;
      if (
        reached.has(`${edge.targetKind}:${edge.targetId}`) &&
        !reached.has(source) &&
        visible.has(source)
      ) {
        reached.add(source);
        grew = true;
      }
    }
  }
  const rows = [...reached].flatMap((key) => {
    const row = visible.get(key);
    return row ? [row] : [];
  });
  const titles = (kind: ItemRef['kind']) =>
    rows
      .filter((row) => row.kind === kind)
      .map((row) => row.title)
      .sort((a, b) => a.localeCompare(b, 'de'));
  const sectors = new Set(
    rows.flatMap((row) => (row.kind === 'Suggestion' ? [stateOf(row, 'Suggestion').sector] : [])),
  );
  return {
    suggestions: titles('Suggestion'),
    meetings: titles('Meeting'),
    recommendations: titles('Recommendation'),
    sectors: [...sectors].sort(),
  };
};

/** More indicators than one measure ever gets: the report lists them all. */
const INDICATORS_PER_MEASURE = 100;

const indicatorsOf = async (
  runner: SqlRunner,
  measureId: string,
  asOf: TimeTravel,
  reads: ReadScope,
): Promise<ExistingIndicator[]> =>
  (
    await listItems(
      runner,
      {
        kind: 'Indicator',
        statuses: ['active'],
        stateContains: { subject: { kind: 'Measure', id: measureId } },
        scope: reads,
      },
      { first: INDICATORS_PER_MEASURE },
      asOf,
    )
  ).map((row) => stateOf(row, 'Indicator'));

/**
 * What a progress report shows, as the reader may see it at the moment: the measures in scope
 * (in the order of the roadmap), their origins and, with `since`, their changes in the window.
 */
export const reportContent = async (
  runner: SqlRunner,
  scope: { readonly processId?: string; readonly actionFieldId?: string },
  moments: ReportMoments,
  /** The moment read: `asOf`, else the generation time (what later writes add is left out). */
  at: string,
  reads: ReadScope,
): Promise<ReportContent> => {
  const asOf: TimeTravel = { at, by: 'recorded' };
  const rows = await roadmapRows(runner, { ...scope, scope: reads }, asOf);
  const measureRows = rows.items.filter((row) => row.kind === 'Measure');
  const changes =
    moments.since === undefined
      ? []
      : await itemChanges(
          runner,
          {
            since: moments.since,
            until: at,
            by: 'recorded',
            scope: reads,
            ...scope,
          },
          measureRows,
        );
  const measures = await Promise.all(
    measureRows.map(
      async (row): Promise<MeasureInReport> => ({
        id: row.id,
        state: stateOf(row, 'Measure'),
        sources: await sourcesOf(runner, row, asOf, reads),
        indicators: await indicatorsOf(runner, row.id, asOf, reads),
        changes: changes.find((each) => each.id === row.id)?.entries ?? [],
      }),
    ),
  );
  return {
    actionFields: new Map(rows.actionFields.map((row) => [row.id, row.title])),
    measures,
  };
};
