import type { DomainError } from '../shared/index.js';
import {
  assertNever,
  checkBody,
  checkReason,
  checkTitle,
  firstError,
  invalidTransition,
  isDomainError,
  notFound,
} from '../shared/index.js';
import type { DraftGuideline, GuidelineCommand, ReviseGuideline } from './commands.js';
import type { GuidelineEvent } from './events.js';
import type { ExistingGuideline, GuidelineState } from './state.js';
import { checkId, checkIds, conflict, headerOf, sameIds } from './validate.js';

type Result = readonly GuidelineEvent[] | DomainError;

const draft = (command: DraftGuideline, state: GuidelineState): Result => {
  const { guidelineId, title, body, actionFieldIds } = command.data;
  if (state.status !== 'empty') {
    return conflict(
      'guidelineId',
      `Die Leitlinie „${guidelineId}“ gibt es schon.`,
      `Guideline "${guidelineId}" already exists.`,
    );
  }
  const header =
    firstError(
      checkId('guidelineId', guidelineId),
      checkTitle('title', title),
      checkBody('body', body),
      checkIds('actionFieldIds', actionFieldIds),
    ) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { guidelineId, title, body, actionFieldIds };
  return [{ type: 'GuidelineDrafted', schemaVersion: 1, ...header, data }];
};

/** Records only what really changes; an edit that changes nothing records nothing. */
const revise = (command: ReviseGuideline, state: ExistingGuideline): Result => {
  if (state.status === 'retired') return invalidTransition(state.status, command.type);
  const { guidelineId, title, body, actionFieldIds } = command.data;
  const invalid = firstError(
    title === undefined ? undefined : checkTitle('title', title),
    body === undefined ? undefined : checkBody('body', body),
    actionFieldIds === undefined ? undefined : checkIds('actionFieldIds', actionFieldIds),
  );
  if (invalid) return invalid;
  const changes = {
    ...(title === undefined || title === state.title ? {} : { title }),
    ...(body === undefined || body === state.body ? {} : { body }),
    ...(actionFieldIds === undefined || sameIds(actionFieldIds, state.actionFieldIds)
      ? {}
      : { actionFieldIds, previousActionFieldIds: state.actionFieldIds }),
  };
  if (Object.keys(changes).length === 0) return [];
  const header = headerOf(command.metadata);
  if (isDomainError(header)) return header;
  return [
    { type: 'GuidelineRevised', schemaVersion: 1, ...header, data: { guidelineId, ...changes } },
  ];
};

/** Each publication is the next numbered version, with a snapshot of its text. */
const publish = (command: GuidelineCommand, state: ExistingGuideline): Result => {
  if (state.status !== 'draft') return invalidTransition(state.status, command.type);
  const header = headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = {
    guidelineId: state.guidelineId,
    version: state.publishedVersion + 1,
    title: state.title,
    body: state.body,
  };
  return [{ type: 'GuidelinePublished', schemaVersion: 1, ...header, data }];
};

const retire = (command: GuidelineCommand, state: ExistingGuideline): Result => {
  if (state.status === 'retired') return invalidTransition(state.status, command.type);
  const header = checkReason(command.metadata) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  return [
    {
      type: 'GuidelineRetired',
      schemaVersion: 1,
      ...header,
      data: { guidelineId: state.guidelineId },
    },
  ];
};

export const decide = (command: GuidelineCommand, state: GuidelineState): Result => {
  if (command.type === 'DraftGuideline') return draft(command, state);
  if (state.status === 'empty') return notFound('guidelineId', command.data.guidelineId);
  switch (command.type) {
    case 'ReviseGuideline':
      return revise(command, state);
    case 'PublishGuideline':
      return publish(command, state);
    case 'RetireGuideline':
      return retire(command, state);
    default:
      return assertNever(command);
  }
};
