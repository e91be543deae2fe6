import { type Command, everyOf } from '../shared/index.js';

export interface DefineActionFieldData {
  readonly actionFieldId: string;
  /**
   * The strategy process the field belongs to, for good. Absent: the default process, as for
   * every field defined before processes (so callers written before them keep working).
   */
  readonly processId?: string;
  /** Short stable slug for URLs and imports, e.g. `digitalisierung`. */
  readonly key: string;
  readonly title: string;
  readonly description: string;
}

/** Only the fields to change; at least one must differ from the current value. */
export interface ReviseActionFieldData {
  readonly actionFieldId: string;
  readonly title?: string;
  readonly description?: string;
}

export interface RetireActionFieldData {
  readonly actionFieldId: string;
}

export type DefineActionField = Command<'DefineActionField', DefineActionFieldData>;
export type ReviseActionField = Command<'ReviseActionField', ReviseActionFieldData>;
/** Needs `metadata.reason`. */
export type RetireActionField = Command<'RetireActionField', RetireActionFieldData>;

export type ActionFieldCommand = DefineActionField | ReviseActionField | RetireActionField;

export const ACTION_FIELD_COMMAND_TYPES = everyOf<ActionFieldCommand['type']>()([
  'DefineActionField',
  'ReviseActionField',
  'RetireActionField',
]);
