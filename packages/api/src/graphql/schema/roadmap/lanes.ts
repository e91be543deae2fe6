import type { ExistingMeasure, ExistingProjectIdea } from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';
import type { RoadmapRows } from '../../../queries/roadmap.js';
import { byDueDate, dayOf, type MilestoneShape } from './milestone.js';

/** A milestone on the roadmap, with the measure or project idea it belongs to. */
export interface RoadmapMilestoneShape extends MilestoneShape {
  readonly item: ItemRow;
}

/** One lane: an action field (null: items in none) with its items and their milestones. */
export interface RoadmapLaneShape {
  readonly actionField: ItemRow | null;
  readonly measures: ItemRow[];
  readonly projectIdeas: ItemRow[];
  readonly milestones: RoadmapMilestoneShape[];
}

const stateOf = (row: ItemRow) => row.state as unknown as ExistingMeasure | ExistingProjectIdea;

/** When an item enters the roadmap: its planned start, else its adoption or proposal. */
const startOf = (row: ItemRow): string => {
  const state = stateOf(row);
  return state.plannedStart ?? ('adoptedAt' in state ? state.adoptedAt : state.proposedAt);
};

const byStart = (a: ItemRow, b: ItemRow): number =>
  dayOf(startOf(a)).localeCompare(dayOf(startOf(b))) || a.title.localeCompare(b.title, 'de');

const laneOf = (actionField: ItemRow | null, items: readonly ItemRow[], until: string) => {
  const shown = items.filter((row) => dayOf(startOf(row)) <= until).sort(byStart);
  return {
    actionField,
    measures: shown.filter((row) => row.kind === 'Measure'),
    projectIdeas: shown.filter((row) => row.kind === 'ProjectIdea'),
    milestones: shown
      .flatMap((item) => stateOf(item).milestones.map((milestone) => ({ ...milestone, item })))
      .filter((milestone) => dayOf(milestone.dueDate) <= until)
      .sort(byDueDate),
  };
};

/**
 * The roadmap to `until`: one lane per action field (a retired one only while it still holds
 * items), an item in several action fields in each of their lanes, and (unless turned off) a
 * last lane for items in none of them. Items and milestones by date; nothing after `until`
 * (compared by day).
 */
export const roadmapLanes = (
  rows: RoadmapRows,
  until: string,
  { withoutActionField = true } = {},
): RoadmapLaneShape[] => {
  const lastDay = dayOf(until);
  const laneIds = new Set(rows.actionFields.map((field) => field.id));
  const lanes = rows.actionFields
    .map((field) =>
      laneOf(
        field,
        rows.items.filter((row) => stateOf(row).actionFieldIds.includes(field.id)),
        lastDay,
      ),
    )
    .filter(
      (lane) =>
        lane.actionField?.status === 'active' ||
        lane.measures.length > 0 ||
        lane.projectIdeas.length > 0,
    );
  const unplaced = rows.items.filter(
    (row) => !stateOf(row).actionFieldIds.some((id) => laneIds.has(id)),
  );
  const rest = laneOf(null, unplaced, lastDay);
  return withoutActionField && rest.measures.length + rest.projectIdeas.length > 0
    ? [...lanes, rest]
    : lanes;
};
