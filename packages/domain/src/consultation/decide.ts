import { createOnce } from '../shared/create-once.js';
import {
  badInput,
  calendarDateIn,
  checkBody,
  checkCalendarDate,
  checkDate,
  checkEmail,
  checkedCalendarDate,
  checkId,
  checkIds,
  checkOneOf,
  checkReason,
  checkText,
  checkTitle,
  conflict,
  DomainError,
  EMAIL_MAX,
  firstError,
  headerOf,
  isDomainError,
  itemDecider,
  NAME_MAX,
  notFound,
  oneEvent,
  SECTORS,
  textOrNothing,
} from '../shared/index.js';
import type {
  AcceptSubmission,
  CloseConsultation,
  ConfirmSubmission,
  ConsultationCommand,
  DeclineSubmission,
  OpenConsultation,
  SubmitToConsultation,
} from './commands.js';
import type { ConsultationEvent } from './events.js';
import type {
  ConsultationState,
  ExistingConsultation,
  Submission,
  SubmissionStatus,
} from './state.js';

type Decision = readonly ConsultationEvent[] | DomainError;

/** A SHA-256 in hex: what the API keeps of a confirmation link's token. */
const SHA256_HEX = /^[0-9a-f]{64}$/;
const NOTICE_VERSION_MAX = 50;

/**
 * A consultation is about one action field or one meeting, never both or neither; a meeting's
 * brings the meeting's action fields, an action field's none besides its own.
 */
const checkSubject = ({ actionFieldId, meetingId, actionFieldIds }: OpenConsultation['data']) =>
  (actionFieldId === undefined) === (meetingId === undefined)
    ? badInput(
        'actionFieldId',
        'Eine Beteiligung gilt genau einem Handlungsfeld oder genau einer Veranstaltung.',
        'A consultation is about exactly one action field or exactly one meeting.',
      )
    : actionFieldId === undefined
      ? firstError(
          checkId('meetingId', meetingId ?? ''),
          checkIds('actionFieldIds', actionFieldIds ?? []),
        )
      : actionFieldIds === undefined
        ? checkId('actionFieldId', actionFieldId)
        : badInput(
            'actionFieldIds',
            'Weitere Handlungsfelder gibt es nur bei einer Beteiligung zu einer Veranstaltung.',
            'Further action fields belong only to a consultation on a meeting.',
          );

const open = ({ data, metadata }: OpenConsultation): Decision => {
  const invalid = firstError(
    checkId('consultationId', data.consultationId),
    checkTitle('title', data.title),
    checkBody('description', data.description),
    checkSubject(data),
    checkCalendarDate('opensOn', data.opensOn),
    checkCalendarDate('closesOn', data.closesOn),
  );
  if (invalid) return invalid;
  const opensOn = checkedCalendarDate(data.opensOn);
  const closesOn = checkedCalendarDate(data.closesOn);
  if (closesOn < opensOn) {
    return badInput(
      'closesOn',
      `Die Beteiligung kann nicht vor ihrem Beginn (${opensOn}) enden.`,
      `The consultation cannot close before it opens (${opensOn}).`,
    );
  }
  const { consultationId, title, description, actionFieldId, meetingId, actionFieldIds } = data;
  return oneEvent(metadata, {
    type: 'ConsultationOpened',
    schemaVersion: 1,
    data: {
      consultationId,
      title,
      description,
      ...(actionFieldId === undefined ? {} : { actionFieldId }),
      ...(meetingId === undefined ? {} : { meetingId }),
      ...(actionFieldIds === undefined ? {} : { actionFieldIds: [...actionFieldIds] }),
      opensOn,
      closesOn,
    },
  });
};

const close = ({ metadata }: CloseConsultation, state: ExistingConsultation): Decision =>
  oneEvent(metadata, {
    type: 'ConsultationClosed',
    schemaVersion: 1,
    data: { consultationId: state.consultationId },
  });

/** Submissions are taken while the consultation is open and today (there) lies in its period. */
const checkPeriod = (
  { metadata }: SubmitToConsultation,
  state: ExistingConsultation,
): DomainError | undefined => {
  const today = calendarDateIn(metadata.now, metadata.timeZone);
  if (state.status === 'open' && today >= state.opensOn && today <= state.closesOn) {
    return undefined;
  }
  const early = state.status === 'open' && today < state.opensOn;
  return new DomainError(
    'INVALID_TRANSITION',
    early
      ? {
          de: `Die Beteiligung beginnt erst am ${state.opensOn}.`,
          en: `The consultation opens on ${state.opensOn}.`,
        }
      : { de: 'Die Beteiligung ist beendet.', en: 'The consultation has closed.' },
    {
      field: 'consultationId',
      details: { from: state.status, command: 'SubmitToConsultation', today },
    },
  );
};

const submit = (command: SubmitToConsultation, state: ExistingConsultation): Decision => {
  const { data, metadata } = command;
  const { contact, consent } = data;
  const invalid =
    checkPeriod(command, state) ??
    firstError(
      checkId('submissionId', data.submissionId),
      checkBody('text', data.text),
      checkOneOf('sector', data.sector, SECTORS),
      checkId('contact.subjectId', contact.subjectId),
      checkText('contact.email', contact.email, { max: EMAIL_MAX }),
      checkEmail('contact.email', contact.email),
      checkText('contact.name', contact.name, { max: NAME_MAX, required: false }),
      checkText('consent.noticeVersion', consent.noticeVersion, { max: NOTICE_VERSION_MAX }),
      SHA256_HEX.test(data.confirmationHash ?? '')
        ? undefined
        : badInput('confirmationHash', 'Kein SHA-256 (hex).', 'Not a SHA-256 (hex).'),
      checkDate('confirmBy', data.confirmBy),
    );
  if (invalid) return invalid;
  if (state.submissions.some((each) => each.submissionId === data.submissionId)) {
    return conflict(
      'submissionId',
      `Die Einreichung „${data.submissionId}“ gibt es bereits.`,
      `Submission "${data.submissionId}" already exists.`,
    );
  }
  if (Date.parse(data.confirmBy) <= Date.parse(metadata.now)) {
    return badInput(
      'confirmBy',
      'Die Bestätigungsfrist muss in der Zukunft liegen.',
      'The confirmation deadline must lie in the future.',
    );
  }
  const name = textOrNothing(contact.name);
  return oneEvent(metadata, {
    type: 'SubmissionReceived',
    schemaVersion: 1,
    data: {
      consultationId: state.consultationId,
      submissionId: data.submissionId,
      text: data.text,
      sector: data.sector,
      submitterSubjectId: contact.subjectId,
      consent: { noticeVersion: consent.noticeVersion },
      confirmationHash: data.confirmationHash,
      confirmBy: new Date(Date.parse(data.confirmBy)).toISOString(),
    },
    personalData: [
      {
        subjectId: contact.subjectId,
        email: contact.email.trim(),
        ...(name === undefined ? {} : { name }),
      },
    ],
  });
};

type SubmissionCommand = ConfirmSubmission | AcceptSubmission | DeclineSubmission;

/** Which submission statuses each step starts from. */
const FROM: Readonly<Record<SubmissionCommand['type'], readonly SubmissionStatus[]>> = {
  ConfirmSubmission: ['received'],
  AcceptSubmission: ['confirmed'],
  DeclineSubmission: ['confirmed'],
};

/** The submission the command names, if its status allows the step; or why not. */
const submissionFor = (
  command: SubmissionCommand,
  state: ExistingConsultation,
): Submission | DomainError => {
  const submission = state.submissions.find(
    (each) => each.submissionId === command.data.submissionId,
  );
  if (!submission) return notFound('submissionId', command.data.submissionId);
  if (FROM[command.type].includes(submission.status)) return submission;
  return new DomainError(
    'INVALID_TRANSITION',
    {
      de: `„${command.type}“ ist für eine Einreichung im Status „${submission.status}“ nicht möglich.`,
      en: `${command.type} is not allowed for a submission in status "${submission.status}".`,
    },
    { field: 'submissionId', details: { from: submission.status, command: command.type } },
  );
};

/** The same answer for a wrong and an expired link: neither tells a guesser anything. */
const invalidLink = () =>
  badInput(
    'confirmationHash',
    'Der Bestätigungslink ist ungültig oder abgelaufen.',
    'The confirmation link is invalid or has expired.',
  );

const confirm = (command: ConfirmSubmission, state: ExistingConsultation): Decision => {
  const submission = submissionFor(command, state);
  if (isDomainError(submission)) return submission;
  if (
    submission.confirmationHash !== command.data.confirmationHash ||
    Date.parse(command.metadata.now) > Date.parse(submission.confirmBy)
  ) {
    return invalidLink();
  }
  return oneEvent(command.metadata, {
    type: 'SubmissionConfirmed',
    schemaVersion: 1,
    data: { consultationId: state.consultationId, submissionId: submission.submissionId },
  });
};

const accept = (command: AcceptSubmission, state: ExistingConsultation): Decision => {
  const submission = submissionFor(command, state);
  if (isDomainError(submission)) return submission;
  const invalid = checkId('suggestionId', command.data.suggestionId);
  if (invalid) return invalid;
  return oneEvent(command.metadata, {
    type: 'SubmissionAccepted',
    schemaVersion: 1,
    data: {
      consultationId: state.consultationId,
      submissionId: submission.submissionId,
      suggestionId: command.data.suggestionId,
      text: submission.text,
      sector: submission.sector,
      // Filed where the consultation belongs: its action field, or its meeting's fields.
      actionFieldIds:
        state.actionFieldId === undefined
          ? [...(state.actionFieldIds ?? [])]
          : [state.actionFieldId],
    },
  });
};

const decline = (command: DeclineSubmission, state: ExistingConsultation): Decision => {
  const submission = submissionFor(command, state);
  if (isDomainError(submission)) return submission;
  const header = checkReason(command.metadata) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  return [
    {
      type: 'SubmissionDeclined',
      schemaVersion: 1,
      ...header,
      data: { consultationId: state.consultationId, submissionId: submission.submissionId },
    },
  ];
};

/**
 * open → closed; while open and in its period, submissions arrive. Each submission goes
 * received → confirmed (the mailed link) → accepted (as a suggestion) | declined (with a reason),
 * also after the consultation closed: moderation may take longer than the period.
 */
export const decide = itemDecider<ConsultationCommand, ConsultationState>()({
  idField: 'consultationId',
  create: { OpenConsultation: createOnce('Consultation', 'consultationId', open) },
  from: {
    CloseConsultation: ['open'],
    SubmitToConsultation: ['open', 'closed'],
    ConfirmSubmission: ['open', 'closed'],
    AcceptSubmission: ['open', 'closed'],
    DeclineSubmission: ['open', 'closed'],
  },
  change: {
    CloseConsultation: close,
    SubmitToConsultation: submit,
    ConfirmSubmission: confirm,
    AcceptSubmission: accept,
    DeclineSubmission: decline,
  },
});
