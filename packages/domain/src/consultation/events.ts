import { type DomainEvent, everyOf, type RecordedData } from '../shared/index.js';
import type { AcceptSubmission, OpenConsultation, SubmitToConsultation } from './commands.js';

type Target = { readonly consultationId: string };
type OfSubmission = Target & { readonly submissionId: string };

/** The command's data, its period as calendar dates; a meeting's action fields as it opened. */
export type ConsultationOpenedData = RecordedData<OpenConsultation['data'], 'opensOn' | 'closesOn'>;

/** The submission without its contact: that is personal data, kept beside the event. */
export type SubmissionReceivedData = Omit<SubmitToConsultation['data'], 'contact'> & {
  readonly submitterSubjectId: string;
};

export type ConsultationOpened = DomainEvent<'ConsultationOpened', ConsultationOpenedData>;

export type ConsultationClosed = DomainEvent<'ConsultationClosed', Target>;

/** The submitter's address and name are in `personalData` (subject `submitterSubjectId`). */
export type SubmissionReceived = DomainEvent<'SubmissionReceived', SubmissionReceivedData>;

export type SubmissionConfirmed = DomainEvent<'SubmissionConfirmed', OfSubmission>;

/** Carries what the suggestion is captured with (the follow-up sees only the event). */
export type SubmissionAccepted = DomainEvent<
  'SubmissionAccepted',
  AcceptSubmission['data'] &
    Pick<SubmissionReceivedData, 'text' | 'sector'> & { readonly actionFieldIds: readonly string[] }
>;

/** `reason` is what the submitter is told. */
export type SubmissionDeclined = DomainEvent<'SubmissionDeclined', OfSubmission>;

export type ConsultationEvent =
  | ConsultationOpened
  | ConsultationClosed
  | SubmissionReceived
  | SubmissionConfirmed
  | SubmissionAccepted
  | SubmissionDeclined;

export const CONSULTATION_EVENT_TYPES = everyOf<ConsultationEvent['type']>()([
  'ConsultationOpened',
  'ConsultationClosed',
  'SubmissionReceived',
  'SubmissionConfirmed',
  'SubmissionAccepted',
  'SubmissionDeclined',
]);
