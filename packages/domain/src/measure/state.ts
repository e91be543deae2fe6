import {
  assertNever,
  type CalendarDate,
  type Confidence,
  changedMilestone,
  type DatedMilestone,
  type Existing,
  editExisting,
  hasStatusIn,
  plannedMilestone,
  reasonAs,
  type WithStatus,
} from '../shared/index.js';
import type { LeadUnit } from './commands.js';
import type { MeasureEvent } from './events.js';

export type Milestone = DatedMilestone;

/** Who carries the measure, as last assigned. */
export interface Responsibility {
  readonly lead: LeadUnit;
  readonly partners: readonly string[];
  readonly responsibleSubjectId?: string;
}

/** The Ampel as last rated; earlier ratings are in the events. */
export interface ConfidenceRating {
  readonly rating: Confidence;
  readonly reason?: string;
  readonly ratedAt: string;
}

/** What every measure holds once planned, whatever its status. */
export interface MeasureBase {
  readonly measureId: string;
  readonly adoptedFrom: string;
  readonly title: string;
  readonly owner: string;
  readonly description?: string;
  readonly actionFieldIds: readonly string[];
  readonly adoptedAt: string;
  readonly plannedStart?: CalendarDate;
  readonly plannedEnd?: CalendarDate;
  /** Percent, as last reported; 0 until the first report. */
  readonly progress: number;
  readonly milestones: readonly Milestone[];
  readonly plannedAt: string;
  readonly startedAt?: string;
  readonly responsibility?: Responsibility;
  readonly confidence?: ConfidenceRating;
}

export type MeasureState =
  | { readonly status: 'empty' }
  | (MeasureBase & { readonly status: 'planned' })
  | (MeasureBase & { readonly status: 'in_progress'; readonly startedAt: string })
  | (MeasureBase & {
      readonly status: 'completion_requested';
      readonly startedAt: string;
      readonly completionRequestedAt: string;
    })
  | (MeasureBase & { readonly status: 'completed'; readonly completedAt: string })
  | (MeasureBase & {
      readonly status: 'stopped';
      readonly stoppedAt: string;
      readonly stopReason?: string;
    });

export type ExistingMeasure = Existing<MeasureState>;
export type MeasureStatus = ExistingMeasure['status'];
export type OpenMeasure = WithStatus<MeasureState, (typeof OPEN_STATUSES)[number]>;

/** Still running: awaiting the ministry's confirmation of completion counts as running. */
export const OPEN_STATUSES = ['planned', 'in_progress', 'completion_requested'] as const;
export const MEASURE_STATUSES = [
  ...OPEN_STATUSES,
  'completed',
  'stopped',
] as const satisfies readonly MeasureStatus[];

export const initialState: MeasureState = { status: 'empty' };

export const isOpen = hasStatusIn(OPEN_STATUSES);

/** Applies a change of content to any planned measure; `empty` stays as it is. */
const edit = editExisting<MeasureState, MeasureBase>;

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: MeasureState, event: MeasureEvent): MeasureState => {
  const at = event.occurredAt;
  switch (event.type) {
    case 'MeasurePlanned':
      return { status: 'planned', ...event.data, progress: 0, milestones: [], plannedAt: at };
    case 'MeasureRevised': {
      const { measureId: _, ...changes } = event.data;
      return edit(state, () => changes);
    }
    case 'MeasureStarted':
      return state.status === 'planned'
        ? { ...state, status: 'in_progress', startedAt: at }
        : state;
    case 'MeasureProgressReported':
      return edit(state, () => ({ progress: event.data.progress }));
    case 'MeasureCompleted': {
      if (state.status === 'in_progress') return { ...state, status: 'completed', completedAt: at };
      if (state.status !== 'completion_requested') return state;
      const { completionRequestedAt: _, ...rest } = state;
      return { ...rest, status: 'completed', completedAt: at };
    }
    case 'MeasureStopped':
      return isOpen(state)
        ? {
            ...state,
            status: 'stopped',
            stoppedAt: at,
            ...reasonAs('stopReason', event),
          }
        : state;
    case 'MilestonePlanned':
      return edit(state, plannedMilestone(event.data));
    case 'MilestoneRescheduled': {
      const { milestoneId, dueDate } = event.data;
      return edit(state, changedMilestone(milestoneId, { dueDate }));
    }
    case 'MilestoneReached':
      return edit(state, changedMilestone(event.data.milestoneId, { reachedAt: at }));
    case 'MeasureResponsibilityAssigned': {
      const { measureId: _, ...responsibility } = event.data;
      return edit(state, () => ({ responsibility }));
    }
    case 'MeasureConfidenceRated': {
      const { confidence: rating } = event.data;
      const reason = reasonAs('reason', event);
      return edit(state, () => ({ confidence: { rating, ...reason, ratedAt: at } }));
    }
    case 'MeasureCompletionRequested':
      return state.status === 'in_progress'
        ? { ...state, status: 'completion_requested', completionRequestedAt: at }
        : state;
    case 'MeasureCompletionReturned': {
      if (state.status !== 'completion_requested') return state;
      const { completionRequestedAt: _, ...rest } = state;
      return { ...rest, status: 'in_progress' };
    }
    default:
      return assertNever(event);
  }
};
