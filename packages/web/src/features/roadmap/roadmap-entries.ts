import type {
  RoadmapLane,
  RoadmapMeasure,
  RoadmapMilestone,
  RoadmapProjectIdea,
} from './roadmap-query.js';
import { dayOf } from './timeline.js';

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

const byDay = (a: string, b: string) => dayOf(a).localeCompare(dayOf(b));

const measureEntry = (measure: RoadmapMeasure) => ({
  kind: 'Measure' as const,
  id: measure.id,
  title: measure.title,
  status: measure.status,
  progress: measure.progress,
  start: measure.plannedStart ?? measure.startedAt ?? measure.adoptedAt,
  startPlanned: measure.plannedStart !== null,
  end: measure.plannedEnd,
});

const projectIdeaEntry = (idea: RoadmapProjectIdea) => ({
  kind: 'ProjectIdea' as const,
  id: idea.id,
  title: idea.title,
  status: idea.status,
  progress: null,
  start: idea.plannedStart ?? idea.proposedAt,
  startPlanned: idea.plannedStart !== null,
  end: idea.plannedEnd,
});

/**
 * A lane's measures and project ideas in one timeline order (by start, then title), each with
 * its own milestones by due date: the order the eye and the keyboard go through the lane.
 */
export const laneEntries = (lane: RoadmapLane): RoadmapEntry[] =>
  [...lane.measures.map(measureEntry), ...lane.projectIdeas.map(projectIdeaEntry)]
    .map((entry) => ({
      ...entry,
      milestones: lane.milestones
        .filter((milestone) => milestone.item.id === entry.id)
        .sort((a, b) => byDay(a.dueDate, b.dueDate)),
    }))
    .sort((a, b) => byDay(a.start, b.start) || a.title.localeCompare(b.title, 'de'));

/** Every date the axis must show: where each bar begins and each milestone falls. */
export const datesShown = (lanes: readonly RoadmapLane[]): string[] =>
  lanes.flatMap((lane) =>
    laneEntries(lane).flatMap((entry) => [
      entry.start,
      ...entry.milestones.map((milestone) => milestone.dueDate),
    ]),
  );
