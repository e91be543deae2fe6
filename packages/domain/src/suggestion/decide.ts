import { createOnce } from '../shared/create-once.js';
import {
  badInput,
  checkBody,
  checkId,
  checkIds,
  checkOneOf,
  checkPerson,
  checkText,
  firstError,
  itemDecider,
  oneEvent,
  personalDataOf,
  SECTORS,
  TITLE_MAX,
  textOrNothing,
} from '../shared/index.js';
import { type CaptureSuggestion, SUGGESTION_CHANNELS, type SuggestionCommand } from './commands.js';
import type { Decision } from './common.js';
import { reviseSuggestion } from './decide-revise.js';
import { declineOrReopenSuggestion, takeUpSuggestion } from './decide-status.js';
import type { SuggestionState, SuggestionStatus } from './state.js';

/** A suggestion from a meeting names it; one by mail or online must not. */
const checkMeeting = ({ channel, meetingId }: CaptureSuggestion['data']) => {
  if (channel === 'meeting') {
    return meetingId === undefined
      ? badInput(
          'meetingId',
          'Bei einem Vorschlag aus einer Veranstaltung fehlt die Veranstaltung.',
          'A suggestion from a meeting needs its meetingId.',
        )
      : checkId('meetingId', meetingId);
  }
  return meetingId === undefined
    ? undefined
    : badInput(
        'meetingId',
        `Eine Veranstaltung ist nur beim Kanal „meeting“ erlaubt, nicht bei „${channel}“.`,
        `A meetingId is only allowed with channel "meeting", not "${channel}".`,
      );
};

/** Only an online suggestion comes from a consultation. */
const checkConsultation = ({ channel, consultationId }: CaptureSuggestion['data']) =>
  consultationId === undefined
    ? undefined
    : channel === 'online'
      ? checkId('consultationId', consultationId)
      : badInput(
          'consultationId',
          `Eine Beteiligung ist nur beim Kanal „online“ erlaubt, nicht bei „${channel}“.`,
          `A consultationId is only allowed with channel "online", not "${channel}".`,
        );

const capture = ({ data, metadata }: CaptureSuggestion): Decision => {
  const invalid = firstError(
    checkId('suggestionId', data.suggestionId),
    checkBody('text', data.text),
    checkText('title', data.title, { max: TITLE_MAX, required: false }),
    checkOneOf('sector', data.sector, SECTORS),
    checkOneOf('channel', data.channel, SUGGESTION_CHANNELS),
    checkMeeting(data),
    checkConsultation(data),
    checkIds('actionFieldIds', data.actionFieldIds ?? []),
    data.submitter === undefined ? undefined : checkPerson('submitter.', data.submitter),
  );
  if (invalid) return invalid;
  const { suggestionId, text, sector, channel, meetingId, consultationId, submitter } = data;
  const title = textOrNothing(data.title);
  return oneEvent(metadata, {
    type: 'SuggestionCaptured',
    schemaVersion: 1,
    data: {
      suggestionId,
      text,
      ...(title === undefined ? {} : { title }),
      sector,
      channel,
      ...(meetingId === undefined ? {} : { meetingId }),
      ...(consultationId === undefined ? {} : { consultationId }),
      actionFieldIds: [...(data.actionFieldIds ?? [])],
      ...(submitter === undefined ? {} : { submitterSubjectId: submitter.subjectId }),
    },
    ...(submitter === undefined ? {} : { personalData: [personalDataOf(submitter)] }),
  });
};

type ChangeCommand = Exclude<SuggestionCommand, CaptureSuggestion>;

/**
 * captured → taken up (by one taker after another) or declined → reopened (captured again).
 * The team edits wording and tags while the suggestion is in play, not once declined.
 */
const FROM: Readonly<Record<ChangeCommand['type'], readonly SuggestionStatus[]>> = {
  ReviseSuggestion: ['captured', 'taken_up'],
  TakeUpSuggestion: ['captured', 'taken_up'],
  DeclineSuggestion: ['captured'],
  ReopenSuggestion: ['declined'],
};

export const decide = itemDecider<SuggestionCommand, SuggestionState>()({
  idField: 'suggestionId',
  create: { CaptureSuggestion: createOnce('Suggestion', 'suggestionId', capture) },
  from: FROM,
  change: {
    ReviseSuggestion: reviseSuggestion,
    TakeUpSuggestion: takeUpSuggestion,
    DeclineSuggestion: declineOrReopenSuggestion,
    ReopenSuggestion: declineOrReopenSuggestion,
  },
});
