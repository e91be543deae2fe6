import type { ParticipantCountsInput, PlanMeetingData } from '../meeting/index.js';
import type { CaptureSuggestionData } from '../suggestion/index.js';

// The record shapes of the demo data, below both the yearly data files and the steps built from
// them.

/** A meeting of the process: when it was put in the calendar, and how it went. */
export interface DemoMeeting {
  readonly plan: PlanMeetingData;
  readonly plannedOn: string;
  readonly outcome:
    | {
        readonly status: 'held';
        readonly participantsBySector: ParticipantCountsInput;
        readonly summary: string;
      }
    | { readonly status: 'cancelled'; readonly on: string; readonly reason: string };
}

/** A suggestion as it reached the team, on the day it was captured. */
export interface DemoSuggestion {
  readonly on: string;
  readonly data: CaptureSuggestionData;
}
