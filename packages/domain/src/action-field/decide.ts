import {
  assertNever,
  type CommandMetadata,
  checkBody,
  checkReason,
  checkTitle,
  DomainError,
  firstError,
  invalidTransition,
  notFound,
  resolveOccurredAt,
} from '../shared/index.js';
import type {
  ActionFieldCommand,
  DefineActionField,
  RetireActionField,
  ReviseActionField,
} from './commands.js';
import type { ActionFieldEvent, ActionFieldRevisedData } from './events.js';
import type { ActionFieldState } from './state.js';
import { checkId, checkKey } from './validate.js';

type Result = readonly ActionFieldEvent[] | DomainError;

/** Every event keeps the why of its command; absent keys stay absent so events compare cleanly. */
const explanation = ({ reason, evidence }: CommandMetadata) => ({
  ...(reason === undefined ? {} : { reason }),
  ...(evidence === undefined ? {} : { evidence }),
});

const define = ({ data, metadata }: DefineActionField, state: ActionFieldState): Result => {
  if (state.status !== 'empty') {
    return new DomainError(
      'CONFLICT',
      {
        de: `Das Handlungsfeld „${data.actionFieldId}“ gibt es bereits.`,
        en: `Action field "${data.actionFieldId}" already exists.`,
      },
      { field: 'actionFieldId' },
    );
  }
  const invalid = firstError(
    checkId('actionFieldId', data.actionFieldId),
    checkKey(data.key),
    checkTitle('title', data.title),
    checkBody('description', data.description),
  );
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  const { actionFieldId, key, title, description } = data;
  return [
    {
      type: 'ActionFieldDefined',
      schemaVersion: 1,
      occurredAt,
      data: { actionFieldId, key, title, description },
      ...explanation(metadata),
    },
  ];
};

const revise = ({ type, data, metadata }: ReviseActionField, state: ActionFieldState): Result => {
  if (state.status === 'empty') return notFound('actionFieldId', data.actionFieldId);
  if (state.status !== 'active') return invalidTransition(state.status, type);
  const invalid = firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.description === undefined ? undefined : checkBody('description', data.description),
  );
  if (invalid) return invalid;
  const changes: ActionFieldRevisedData = {
    actionFieldId: state.actionFieldId,
    ...(data.title === undefined || data.title === state.title ? {} : { title: data.title }),
    ...(data.description === undefined || data.description === state.description
      ? {}
      : { description: data.description }),
  };
  if (changes.title === undefined && changes.description === undefined) {
    return new DomainError('BAD_USER_INPUT', {
      de: 'Die Änderung ändert nichts: Titel und Beschreibung sind unverändert.',
      en: 'Nothing to change: title and description are unchanged.',
    });
  }
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  return [
    {
      type: 'ActionFieldRevised',
      schemaVersion: 1,
      occurredAt,
      data: changes,
      ...explanation(metadata),
    },
  ];
};

const retire = ({ type, data, metadata }: RetireActionField, state: ActionFieldState): Result => {
  if (state.status === 'empty') return notFound('actionFieldId', data.actionFieldId);
  if (state.status !== 'active') return invalidTransition(state.status, type);
  const invalid = checkReason(metadata);
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  return [
    {
      type: 'ActionFieldRetired',
      schemaVersion: 1,
      occurredAt,
      data: { actionFieldId: state.actionFieldId },
      ...explanation(metadata),
    },
  ];
};

export const decide = (command: ActionFieldCommand, state: ActionFieldState): Result => {
  switch (command.type) {
    case 'DefineActionField':
      return define(command, state);
    case 'ReviseActionField':
      return revise(command, state);
    case 'RetireActionField':
      return retire(command, state);
    default:
      return assertNever(command);
  }
};
