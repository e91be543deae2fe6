import { assertNever, type Existing, reasonAs, textOrNothing } from '../shared/index.js';
import type { SuggestionTaker } from './commands.js';
import type { SuggestionCapturedData, SuggestionEvent, SuggestionRevisedData } from './events.js';

/** What it was captured with, and since. */
interface SuggestionDetails extends SuggestionCapturedData {
  /** Every recommendation and project idea that grew from it, in order. */
  readonly takenUpBy: readonly SuggestionTaker[];
  readonly capturedAt: string;
  /** When it was first taken up: where the participation funnel measures the first stage. */
  readonly takenUpAt?: string;
}

export interface CapturedSuggestion extends SuggestionDetails {
  readonly status: 'captured';
}

export interface TakenUpSuggestion extends SuggestionDetails {
  readonly status: 'taken_up';
}

export interface DeclinedSuggestion extends SuggestionDetails {
  readonly status: 'declined';
  readonly declinedAt: string;
  readonly declineReason?: string;
}

export type SuggestionState =
  | { readonly status: 'empty' }
  | CapturedSuggestion
  | TakenUpSuggestion
  | DeclinedSuggestion;
export type SuggestionStatus = Existing<SuggestionState>['status'];
export type ExistingSuggestion = Existing<SuggestionState>;

export const SUGGESTION_STATUSES = [
  'captured',
  'taken_up',
  'declined',
] as const satisfies readonly SuggestionStatus[];

export const initialState: SuggestionState = { status: 'empty' };

const revised = (state: ExistingSuggestion, data: SuggestionRevisedData): ExistingSuggestion => {
  const removed = new Set(data.removedActionFieldIds ?? []);
  return {
    ...state,
    text: data.text ?? state.text,
    // A blank title clears it.
    title: data.title === undefined ? state.title : textOrNothing(data.title),
    sector: data.sector ?? state.sector,
    actionFieldIds: [
      ...state.actionFieldIds.filter((id) => !removed.has(id)),
      ...(data.addedActionFieldIds ?? []),
    ],
  };
};

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: SuggestionState, event: SuggestionEvent): SuggestionState => {
  switch (event.type) {
    case 'SuggestionCaptured':
      return { status: 'captured', ...event.data, takenUpBy: [], capturedAt: event.occurredAt };
    case 'SuggestionRevised':
      return state.status === 'empty' ? state : revised(state, event.data);
    case 'SuggestionTakenUp':
      if (state.status !== 'captured' && state.status !== 'taken_up') return state;
      return {
        ...state,
        status: 'taken_up',
        takenUpBy: [...state.takenUpBy, event.data.by],
        takenUpAt: state.takenUpAt ?? event.occurredAt,
      };
    case 'SuggestionDeclined':
      if (state.status !== 'captured') return state;
      return {
        ...state,
        status: 'declined',
        declinedAt: event.occurredAt,
        ...reasonAs('declineReason', event),
      };
    case 'SuggestionReopened': {
      if (state.status !== 'declined') return state;
      const { declinedAt: _declinedAt, declineReason: _declineReason, ...details } = state;
      return { ...details, status: 'captured' };
    }
    default:
      return assertNever(event);
  }
};
