import { type DomainEvent, everyOf } from '../shared/index.js';
import type {
  DefineActionFieldData,
  RetireActionFieldData,
  ReviseActionFieldData,
} from './commands.js';

/** Version 2 names the process; version 1 (before processes) is upcast to the default one. */
export type ActionFieldDefinedData = DefineActionFieldData & { readonly processId: string };

/** Carries only the fields that changed. */
export type ActionFieldRevisedData = ReviseActionFieldData;

export type ActionFieldDefined = DomainEvent<'ActionFieldDefined', ActionFieldDefinedData, 2>;
export type ActionFieldRevised = DomainEvent<'ActionFieldRevised', ActionFieldRevisedData>;
export type ActionFieldRetired = DomainEvent<'ActionFieldRetired', RetireActionFieldData>;

export type ActionFieldEvent = ActionFieldDefined | ActionFieldRevised | ActionFieldRetired;

export const ACTION_FIELD_EVENT_TYPES = everyOf<ActionFieldEvent['type']>()([
  'ActionFieldDefined',
  'ActionFieldRevised',
  'ActionFieldRetired',
]);
