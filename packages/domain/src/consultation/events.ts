import { type CalendarDate, type DomainEvent, everyOf, type Sector } from '../shared/index.js';
import type { SubmissionConsent } from './commands.js';

type Target = { readonly consultationId: string };
type OfSubmission = Target & { readonly submissionId: string };

export type ConsultationOpened = DomainEvent<
  'ConsultationOpened',
  Target & {
    readonly title: string;
    readonly description: string;
    readonly actionFieldId?: string;
    readonly meetingId?: string;
    /** A meeting's consultation: the meeting's action fields when it opened. */
    readonly actionFieldIds?: readonly string[];
    readonly opensOn: CalendarDate;
    readonly closesOn: CalendarDate;
  }
>;

export type ConsultationClosed = DomainEvent<'ConsultationClosed', Target>;

/** The submitter's address and name are in `personalData` (subject `submitterSubjectId`). */
export type SubmissionReceived = DomainEvent<
  'SubmissionReceived',
  OfSubmission & {
    readonly text: string;
    readonly sector: Sector;
    readonly submitterSubjectId: string;
    readonly consent: SubmissionConsent;
    readonly confirmationHash: string;
    readonly confirmBy: string;
  }
>;

export type SubmissionConfirmed = DomainEvent<'SubmissionConfirmed', OfSubmission>;

/** Carries what the suggestion is captured with (the follow-up sees only the event). */
export type SubmissionAccepted = DomainEvent<
  'SubmissionAccepted',
  OfSubmission & {
    readonly suggestionId: string;
    readonly text: string;
    readonly sector: Sector;
    readonly actionFieldIds: readonly string[];
  }
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
