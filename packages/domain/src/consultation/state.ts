import { assertNever, type Existing, reasonAs } from '../shared/index.js';
import type {
  ConsultationEvent,
  ConsultationOpenedData,
  SubmissionReceivedData,
} from './events.js';

/** received (waiting for the link) → confirmed → accepted | declined. */
export const SUBMISSION_STATUSES = ['received', 'confirmed', 'accepted', 'declined'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A submission as it stands; no personal data (the state is stored as the item's row). */
export interface Submission
  extends Pick<
    SubmissionReceivedData,
    'submissionId' | 'text' | 'sector' | 'submitterSubjectId' | 'confirmationHash' | 'confirmBy'
  > {
  readonly status: SubmissionStatus;
  readonly receivedAt: string;
  readonly confirmedAt?: string;
  readonly suggestionId?: string;
  readonly declineReason?: string;
  readonly decidedAt?: string;
}

/** What it was opened with, and since when. */
export interface ConsultationBase extends ConsultationOpenedData {
  readonly openedAt: string;
  /** In the order received. */
  readonly submissions: readonly Submission[];
}

export type ConsultationState =
  | { readonly status: 'empty' }
  | (ConsultationBase & { readonly status: 'open' })
  | (ConsultationBase & { readonly status: 'closed'; readonly closedAt: string });

export type ExistingConsultation = Existing<ConsultationState>;
export type ConsultationStatus = ExistingConsultation['status'];

export const CONSULTATION_STATUSES = [
  'open',
  'closed',
] as const satisfies readonly ConsultationStatus[];

export const initialState: ConsultationState = { status: 'empty' };

const updateSubmission = (
  state: ConsultationState,
  submissionId: string,
  change: (submission: Submission) => Submission,
): ConsultationState =>
  state.status === 'empty'
    ? state
    : {
        ...state,
        submissions: state.submissions.map((each) =>
          each.submissionId === submissionId ? change(each) : each,
        ),
      };

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: ConsultationState, event: ConsultationEvent): ConsultationState => {
  const at = event.occurredAt;
  switch (event.type) {
    case 'ConsultationOpened':
      return { status: 'open', ...event.data, openedAt: at, submissions: [] };
    case 'ConsultationClosed':
      return state.status === 'open' ? { ...state, status: 'closed', closedAt: at } : state;
    case 'SubmissionReceived': {
      if (state.status === 'empty') return state;
      const { consultationId: _, consent: __, ...data } = event.data;
      return {
        ...state,
        submissions: [...state.submissions, { ...data, status: 'received', receivedAt: at }],
      };
    }
    case 'SubmissionConfirmed':
      return updateSubmission(state, event.data.submissionId, (each) => ({
        ...each,
        status: 'confirmed',
        confirmedAt: at,
      }));
    case 'SubmissionAccepted':
      return updateSubmission(state, event.data.submissionId, (each) => ({
        ...each,
        status: 'accepted',
        suggestionId: event.data.suggestionId,
        decidedAt: at,
      }));
    case 'SubmissionDeclined':
      return updateSubmission(state, event.data.submissionId, (each) => ({
        ...each,
        status: 'declined',
        ...reasonAs('declineReason', event),
        decidedAt: at,
      }));
    default:
      return assertNever(event);
  }
};
