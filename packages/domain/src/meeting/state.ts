import {
  assertNever,
  type Existing,
  reasonAs,
  type Sector,
  textOrNothing,
} from '../shared/index.js';
// A blank optional text is stored as absent: that is how an edit clears it.
import type {
  MeetingEvent,
  MeetingPlannedData,
  MeetingRevisedData,
  ParticipantCounts,
} from './events.js';

/** A registered participant as the state knows them: who (by subject id) and from which sector. */
export interface RegisteredParticipant {
  readonly subjectId: string;
  readonly sector: Sector;
}

/** What it was planned with, and since. */
interface MeetingDetails extends MeetingPlannedData {
  readonly participantsBySector: ParticipantCounts;
  readonly participants: readonly RegisteredParticipant[];
  readonly plannedAt: string;
}

export interface PlannedMeeting extends MeetingDetails {
  readonly status: 'planned';
}

export interface HeldMeeting extends MeetingDetails {
  readonly status: 'held';
  readonly heldAt: string;
  readonly summary?: string;
}

export interface CancelledMeeting extends MeetingDetails {
  readonly status: 'cancelled';
  readonly cancelledAt: string;
  readonly cancellationReason?: string;
}

export type MeetingState =
  | { readonly status: 'empty' }
  | PlannedMeeting
  | HeldMeeting
  | CancelledMeeting;
export type MeetingStatus = Existing<MeetingState>['status'];
export type ExistingMeeting = Existing<MeetingState>;

export const MEETING_STATUSES = [
  'planned',
  'held',
  'cancelled',
] as const satisfies readonly MeetingStatus[];

export const initialState: MeetingState = { status: 'empty' };

const NO_PARTICIPANTS: ParticipantCounts = {
  industry: 0,
  science: 0,
  society: 0,
  administration: 0,
};

const revised = (state: ExistingMeeting, data: MeetingRevisedData): ExistingMeeting => {
  const removed = new Set(data.removedActionFieldIds ?? []);
  const next: ExistingMeeting = {
    ...state,
    title: data.title ?? state.title,
    kind: data.kind ?? state.kind,
    date: data.date ?? state.date,
    place: data.place ?? state.place,
    description:
      data.description === undefined ? state.description : textOrNothing(data.description),
    actionFieldIds: [
      ...state.actionFieldIds.filter((id) => !removed.has(id)),
      ...(data.addedActionFieldIds ?? []),
    ],
    participantsBySector: data.participantsBySector ?? state.participantsBySector,
  };
  return next.status === 'held' && data.summary !== undefined
    ? { ...next, summary: textOrNothing(data.summary) }
    : next;
};

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: MeetingState, event: MeetingEvent): MeetingState => {
  switch (event.type) {
    case 'MeetingPlanned': {
      return {
        status: 'planned',
        ...event.data,
        description: textOrNothing(event.data.description),
        participantsBySector: NO_PARTICIPANTS,
        participants: [],
        plannedAt: event.occurredAt,
      };
    }
    case 'MeetingRevised':
      return state.status === 'empty' ? state : revised(state, event.data);
    case 'MeetingHeld': {
      if (state.status !== 'planned') return state;
      const { participantsBySector, summary } = event.data;
      return {
        ...state,
        status: 'held',
        heldAt: event.occurredAt,
        ...(participantsBySector === undefined ? {} : { participantsBySector }),
        summary: textOrNothing(summary),
      };
    }
    case 'MeetingCancelled':
      if (state.status !== 'planned') return state;
      return {
        ...state,
        status: 'cancelled',
        cancelledAt: event.occurredAt,
        ...reasonAs('cancellationReason', event),
      };
    case 'ParticipantRegistered': {
      if (state.status === 'empty') return state;
      const { subjectId, sector } = event.data;
      return { ...state, participants: [...state.participants, { subjectId, sector }] };
    }
    case 'ParticipantRemoved':
      if (state.status === 'empty') return state;
      return {
        ...state,
        participants: state.participants.filter((p) => p.subjectId !== event.data.subjectId),
      };
    default:
      return assertNever(event);
  }
};
