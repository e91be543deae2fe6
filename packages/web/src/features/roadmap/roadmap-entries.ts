import { calendarDateIn } from '@fahrplan/domain';
import type {
  RoadmapLane,
  RoadmapMeasure,
  RoadmapMilestone,
  RoadmapProjectIdea,
} from './roadmap-query.js';

/** A measure or project idea as one row of a lane, with the period its bar shows. */
export interface RoadmapEntry {
  readonly kind: 'Measure' | 'ProjectIdea';
  readonly id: string;
  readonly title: string;
  readonly status: string;
  /** Percent; measures only. */
  readonly progress: number | null;
  /** Where the bar begins: the planned start, else when the work started or was decided. */
  readonly start: string;
  /** False when no start is planned and the bar begins at the adoption or proposal. */
  readonly startPlanned: boolean;
  readonly end: string | null;
  readonly milestones: readonly RoadmapMilestone[];
}

// Calendar dates (YYYY-MM-DD) sort as text.
const byDay = (a: string, b: string) => a.localeCompare(b);

/** Where a bar begins: a planned start is a date; a start or adoption, the installation's day of it. */
const measureEntry = (measure: RoadmapMeasure, timeZone: string) => ({
  kind: 'Measure' as const,
  id: measure.id,
  title: measure.title,
  status: measure.status,
  progress: measure.progress,
  start: measure.plannedStart ?? calendarDateIn(measure.startedAt ?? measure.adoptedAt, timeZone),
  startPlanned: measure.plannedStart !== null,
  end: measure.plannedEnd,
});

const projectIdeaEntry = (idea: RoadmapProjectIdea, timeZone: string) => ({
  kind: 'ProjectIdea' as const,
  id: idea.id,
  title: idea.title,
  status: idea.status,
  progress: null,
  start: idea.plannedStart ?? calendarDateIn(idea.proposedAt, timeZone),
  startPlanned: idea.plannedStart !== null,
  end: idea.plannedEnd,
});

/**
 * A lane's measures and project ideas in one timeline order (by start, then title), each with
 * its own milestones by due date: the order the eye and the keyboard go through the lane.
 */
export const laneEntries = (lane: RoadmapLane, timeZone: string): RoadmapEntry[] =>
  [
    ...lane.measures.map((measure) => measureEntry(measure, timeZone)),
    ...lane.projectIdeas.map((idea) => projectIdeaEntry(idea, timeZone)),
  ]
    .map((entry) => ({
      ...entry,
      milestones: lane.milestones
        .filter((milestone) => milestone.item.id === entry.id)
        .sort((a, b) => byDay(a.dueDate, b.dueDate)),
    }))
    .sort((a, b) => byDay(a.start, b.start) || a.title.localeCompare(b.title, 'de'));

/** Every date the axis must show: where each bar begins and each milestone falls. */
export const datesShown = (lanes: readonly RoadmapLane[], timeZone: string): string[] =>
  lanes.flatMap((lane) =>
    laneEntries(lane, timeZone).flatMap((entry) => [
      entry.start,
      ...entry.milestones.map((milestone) => milestone.dueDate),
    ]),
  );
