import { type Command, everyOf, type Sector } from '../shared/index.js';

type Target = { readonly consultationId: string };

/**
 * The ministry opens a Beteiligung on one action field or one meeting: anyone may submit from
 * `opensOn` to `closesOn` (calendar days in the installation's time zone, both included).
 */
export type OpenConsultation = Command<
  'OpenConsultation',
  Target & {
    readonly title: string;
    readonly description: string;
    readonly actionFieldId?: string;
    readonly meetingId?: string;
    /**
     * With `meetingId` only: the meeting's action fields as it opens (the API reads them), so the
     * consultation and the suggestions it takes in belong to the meeting's process.
     */
    readonly actionFieldIds?: readonly string[];
    readonly opensOn: string;
    readonly closesOn: string;
  }
>;

/** Ends the consultation before its period does (or records that it ended). */
export type CloseConsultation = Command<'CloseConsultation', Target>;

/**
 * What the submitter agreed to, as shown to them (GDPR Art. 7: provable consent): the version of
 * the privacy notice (purpose, retention, withdrawal) they accepted.
 */
export interface SubmissionConsent {
  readonly noticeVersion: string;
}

/** The submitter's erasable details: only `subjectId` enters the event's data. */
export interface SubmissionContact {
  readonly subjectId: string;
  readonly email: string;
  readonly name?: string;
}

/**
 * Anyone's suggestion, without an account. It counts only once confirmed by the link mailed to
 * `contact.email` (double opt-in): the link's token is known here only as its SHA-256
 * (`confirmationHash`), valid until `confirmBy`.
 */
export type SubmitToConsultation = Command<
  'SubmitToConsultation',
  Target & {
    readonly submissionId: string;
    readonly text: string;
    readonly sector: Sector;
    readonly contact: SubmissionContact;
    readonly consent: SubmissionConsent;
    readonly confirmationHash: string;
    readonly confirmBy: string;
  }
>;

/** The link from the mail was followed: its token's hash matches, in time. */
export type ConfirmSubmission = Command<
  'ConfirmSubmission',
  Target & { readonly submissionId: string; readonly confirmationHash: string }
>;

/** The team takes a confirmed submission in as a suggestion (channel online). */
export type AcceptSubmission = Command<
  'AcceptSubmission',
  Target & { readonly submissionId: string; readonly suggestionId: string }
>;

/** Needs `metadata.reason`: the submitter is told it. */
export type DeclineSubmission = Command<
  'DeclineSubmission',
  Target & { readonly submissionId: string }
>;

export type ConsultationCommand =
  | OpenConsultation
  | CloseConsultation
  | SubmitToConsultation
  | ConfirmSubmission
  | AcceptSubmission
  | DeclineSubmission;

export const CONSULTATION_COMMAND_TYPES = everyOf<ConsultationCommand['type']>()([
  'OpenConsultation',
  'CloseConsultation',
  'SubmitToConsultation',
  'ConfirmSubmission',
  'AcceptSubmission',
  'DeclineSubmission',
]);
