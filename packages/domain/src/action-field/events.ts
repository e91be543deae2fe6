import { type DomainEvent, everyOf } from '../shared/index.js';

/** Version 2 names the process; version 1 (before processes) is upcast to the default one. */
export interface ActionFieldDefinedData {
  readonly actionFieldId: string;
  readonly processId: string;
  readonly key: string;
  readonly title: string;
  readonly description: string;
}

/** Carries only the fields that changed. */
export interface ActionFieldRevisedData {
  readonly actionFieldId: string;
  readonly title?: string;
  readonly description?: string;
}

export interface ActionFieldRetiredData {
  readonly actionFieldId: string;
}

export type ActionFieldDefined = DomainEvent<'ActionFieldDefined', ActionFieldDefinedData, 2>;
export type ActionFieldRevised = DomainEvent<'ActionFieldRevised', ActionFieldRevisedData>;
export type ActionFieldRetired = DomainEvent<'ActionFieldRetired', ActionFieldRetiredData>;

export type ActionFieldEvent = ActionFieldDefined | ActionFieldRevised | ActionFieldRetired;

export const ACTION_FIELD_EVENT_TYPES = everyOf<ActionFieldEvent['type']>()([
  'ActionFieldDefined',
  'ActionFieldRevised',
  'ActionFieldRetired',
]);
