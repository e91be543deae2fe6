import { DEFAULT_PROCESS_ID } from '../process/default-process.js';
import { type Aggregate, targetIn } from '../shared/index.js';
import { ACTION_FIELD_COMMAND_TYPES, type ActionFieldCommand } from './commands.js';
import { decide } from './decide.js';
import { ACTION_FIELD_EVENT_TYPES, type ActionFieldEvent } from './events.js';
import { provenanceOf } from './provenance.js';
import { type ActionFieldState, evolve, initialState } from './state.js';

export const actionField: Aggregate<ActionFieldCommand, ActionFieldEvent, ActionFieldState> = {
  kind: 'ActionField',
  commandTypes: ACTION_FIELD_COMMAND_TYPES,
  eventTypes: ACTION_FIELD_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('actionFieldId'),
  // A field names its process, which must exist; the default process always does: it holds
  // everything recorded before processes, whether or not it has been described since.
  referencesOf: (command) =>
    command.type === 'DefineActionField' &&
    command.data.processId !== undefined &&
    command.data.processId !== DEFAULT_PROCESS_ID
      ? [{ kind: 'Process', id: command.data.processId, field: 'processId' }]
      : [],
  provenanceOf,
  // Retiring a field leaves the items that cover it as they are: history stays true.
  reactionsTo: () => [],
};

export type * from './commands.js';
export type * from './events.js';
export { actionFieldStatusLabels } from './labels.js';
export type {
  ActionFieldState,
  ActionFieldStatus,
  ActiveActionField,
  RetiredActionField,
} from './state.js';
export { ACTION_FIELD_STATUSES } from './state.js';
export { KEY_MAX as ACTION_FIELD_KEY_MAX } from './validate.js';
export { ACTION_FIELD_COMMAND_TYPES, ACTION_FIELD_EVENT_TYPES };
