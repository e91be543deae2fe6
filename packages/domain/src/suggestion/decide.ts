import {
  assertNever,
  badInput,
  checkBody,
  checkOneOf,
  checkText,
  DomainError,
  firstError,
  type PersonalData,
  resolveOccurredAt,
  SECTORS,
  TITLE_MAX,
} from '../shared/index.js';
import { type CaptureSuggestion, SUGGESTION_CHANNELS, type SuggestionCommand } from './commands.js';
import { type Decision, explanation, textOrNothing } from './common.js';
import { reviseSuggestion } from './decide-revise.js';
import { declineSuggestion, reopenSuggestion, takeUpSuggestion } from './decide-status.js';
import type { SuggestionState } from './state.js';
import { checkId, checkIdList, checkSubmitter } from './validate.js';

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

const submitterData = (submitter: CaptureSuggestion['data']['submitter']): PersonalData[] => {
  if (submitter === undefined) return [];
  const email = textOrNothing(submitter.email);
  const organisation = textOrNothing(submitter.organisation);
  return [
    {
      subjectId: submitter.subjectId,
      name: submitter.name,
      ...(email === undefined ? {} : { email }),
      ...(organisation === undefined ? {} : { organisation }),
    },
  ];
};

const capture = ({ data, metadata }: CaptureSuggestion, state: SuggestionState): Decision => {
  if (state.status !== 'empty') {
    return new DomainError(
      'CONFLICT',
      {
        de: `Den Vorschlag „${data.suggestionId}“ gibt es bereits.`,
        en: `Suggestion "${data.suggestionId}" already exists.`,
      },
      { field: 'suggestionId' },
    );
  }
  const invalid = firstError(
    checkId('suggestionId', data.suggestionId),
    checkBody('text', data.text),
    checkText('title', data.title, { max: TITLE_MAX, required: false }),
    checkOneOf('sector', data.sector, SECTORS),
    checkOneOf('channel', data.channel, SUGGESTION_CHANNELS),
    checkMeeting(data),
    checkIdList('actionFieldIds', data.actionFieldIds ?? []),
    checkSubmitter(data.submitter),
  );
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  const { suggestionId, text, sector, channel, meetingId, submitter } = data;
  const title = textOrNothing(data.title);
  const personalData = submitterData(submitter);
  return [
    {
      type: 'SuggestionCaptured',
      schemaVersion: 1,
      occurredAt,
      data: {
        suggestionId,
        text,
        ...(title === undefined ? {} : { title }),
        sector,
        channel,
        ...(meetingId === undefined ? {} : { meetingId }),
        actionFieldIds: [...(data.actionFieldIds ?? [])],
        ...(submitter === undefined ? {} : { submitterSubjectId: submitter.subjectId }),
      },
      ...(personalData.length === 0 ? {} : { personalData }),
      ...explanation(metadata),
    },
  ];
};

export const decide = (command: SuggestionCommand, state: SuggestionState): Decision => {
  switch (command.type) {
    case 'CaptureSuggestion':
      return capture(command, state);
    case 'ReviseSuggestion':
      return reviseSuggestion(command, state);
    case 'TakeUpSuggestion':
      return takeUpSuggestion(command, state);
    case 'DeclineSuggestion':
      return declineSuggestion(command, state);
    case 'ReopenSuggestion':
      return reopenSuggestion(command, state);
    default:
      return assertNever(command);
  }
};
