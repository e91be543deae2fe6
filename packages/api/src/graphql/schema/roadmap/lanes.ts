import { calendarDateIn } from '@fahrplan/domain';
import { type ItemRow, stateOf } from '../../../queries/items.js';
import type { RoadmapRows } from '../../../queries/roadmap.js';
import { byDueDate, type MilestoneShape } from './milestone.js';

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

/** The state of a roadmap item: only measures and project ideas are on the roadmap. */
const laneStateOf = (row: ItemRow) =>
  row.kind === 'Measure' ? stateOf(row, 'Measure') : stateOf(row, 'ProjectIdea');

/**
 * The day an item enters the roadmap: its planned start, else the day (in the installation's
 * time zone) it was adopted or proposed.
 */
const startOf = (row: ItemRow, timeZone: string): string => {
  const state = laneStateOf(row);
  return (
    state.plannedStart ??
    calendarDateIn('adoptedAt' in state ? state.adoptedAt : state.proposedAt, timeZone)
  );
};

const laneOf = (
  actionField: ItemRow | null,
  items: readonly ItemRow[],
  until: string,
  timeZone: string,
) => {
  const starts = new Map(items.map((row) => [row, startOf(row, timeZone)]));
  const start = (row: ItemRow) => starts.get(row) ?? '';
  const shown = items
    .filter((row) => start(row) <= until)
    .sort((a, b) => start(a).localeCompare(start(b)) || a.title.localeCompare(b.title, 'de'));
  return {
    actionField,
    measures: shown.filter((row) => row.kind === 'Measure'),
    projectIdeas: shown.filter((row) => row.kind === 'ProjectIdea'),
    milestones: shown
      .flatMap((item) => laneStateOf(item).milestones.map((milestone) => ({ ...milestone, item })))
      .filter((milestone) => milestone.dueDate <= until)
      .sort(byDueDate),
  };
};

/**
 * The roadmap to `until`: one lane per action field (a retired one only while it still holds
 * items), an item in several action fields in each of their lanes, and (unless turned off) a
 * last lane for items in none of them. Items and milestones by date; nothing after `until`
 * (a calendar date; adoptions and proposals count on their day in `timeZone`).
 */
export const roadmapLanes = (
  rows: RoadmapRows,
  lastDay: string,
  timeZone: string,
  { withoutActionField = true } = {},
): RoadmapLaneShape[] => {
  const laneIds = new Set(rows.actionFields.map((field) => field.id));
  const lanes = rows.actionFields
    .map((field) =>
      laneOf(
        field,
        rows.items.filter((row) => laneStateOf(row).actionFieldIds.includes(field.id)),
        lastDay,
        timeZone,
      ),
    )
    .filter(
      (lane) =>
        lane.actionField?.status === 'active' ||
        lane.measures.length > 0 ||
        lane.projectIdeas.length > 0,
    );
  const unplaced = rows.items.filter(
    (row) => !laneStateOf(row).actionFieldIds.some((id) => laneIds.has(id)),
  );
  const rest = laneOf(null, unplaced, lastDay, timeZone);
  return withoutActionField && rest.measures.length + rest.projectIdeas.length > 0
    ? [...lanes, rest]
    : lanes;
};
