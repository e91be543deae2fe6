import { DEFAULT_PROCESS_ID } from '../process/default-process.js';
import { createOnce } from '../shared/create-once.js';
import {
  checkBody,
  checkId,
  checkReason,
  checkTitle,
  type DomainError,
  firstError,
  itemDecider,
  nothingToChange,
  oneEvent,
} from '../shared/index.js';
import type {
  ActionFieldCommand,
  DefineActionField,
  RetireActionField,
  ReviseActionField,
} from './commands.js';
import type { ActionFieldEvent, ActionFieldRevisedData } from './events.js';
import type { ActionFieldState } from './state.js';
import { checkKey } from './validate.js';

type Decision = readonly ActionFieldEvent[] | DomainError;
type ExistingActionField = Exclude<ActionFieldState, { status: 'empty' }>;

const define = ({ data, metadata }: DefineActionField): Decision => {
  const invalid = firstError(
    checkId('actionFieldId', data.actionFieldId),
    data.processId === undefined ? undefined : checkId('processId', data.processId),
    checkKey(data.key),
    checkTitle('title', data.title),
    checkBody('description', data.description),
  );
  if (invalid) return invalid;
  const { actionFieldId, processId = DEFAULT_PROCESS_ID, key, title, description } = data;
  return oneEvent(metadata, {
    type: 'ActionFieldDefined',
    schemaVersion: 2,
    data: { actionFieldId, processId, key, title, description },
  });
};

const revise = ({ data, metadata }: ReviseActionField, state: ExistingActionField): Decision => {
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
    return nothingToChange({
      de: 'Titel und Beschreibung sind unverändert',
      en: 'title and description are unchanged',
    });
  }
  return oneEvent(metadata, {
    type: 'ActionFieldRevised',
    schemaVersion: 1,
    data: changes,
  });
};

const retire = ({ metadata }: RetireActionField, state: ExistingActionField): Decision =>
  checkReason(metadata) ??
  oneEvent(metadata, {
    type: 'ActionFieldRetired',
    schemaVersion: 1,
    data: { actionFieldId: state.actionFieldId },
  });

/** active → retired; a retired field is neither revised nor retired again. */
export const decide = itemDecider<ActionFieldCommand, ActionFieldState>()({
  idField: 'actionFieldId',
  create: { DefineActionField: createOnce('ActionField', 'actionFieldId', define) },
  from: { ReviseActionField: ['active'], RetireActionField: ['active'] },
  change: { ReviseActionField: revise, RetireActionField: retire },
});
