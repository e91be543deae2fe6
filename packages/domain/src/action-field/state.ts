import { assertNever, type Existing, reasonAs } from '../shared/index.js';
import type { ActionFieldEvent } from './events.js';

interface ActionFieldDetails {
  readonly actionFieldId: string;
  readonly processId: string;
  readonly key: string;
  readonly title: string;
  readonly description: string;
  /** When the field was defined (the event's occurredAt). */
  readonly definedAt: string;
}

export interface ActiveActionField extends ActionFieldDetails {
  readonly status: 'active';
}

export interface RetiredActionField extends ActionFieldDetails {
  readonly status: 'retired';
  readonly retiredAt: string;
  readonly retirementReason?: string;
}

export type ActionFieldState =
  | { readonly status: 'empty' }
  | ActiveActionField
  | RetiredActionField;
export type ActionFieldStatus = Existing<ActionFieldState>['status'];

export const ACTION_FIELD_STATUSES = [
  'active',
  'retired',
] as const satisfies readonly ActionFieldStatus[];

export const initialState: ActionFieldState = { status: 'empty' };

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: ActionFieldState, event: ActionFieldEvent): ActionFieldState => {
  switch (event.type) {
    case 'ActionFieldDefined': {
      const { actionFieldId, processId, key, title, description } = event.data;
      return {
        status: 'active',
        actionFieldId,
        processId,
        key,
        title,
        description,
        definedAt: event.occurredAt,
      };
    }
    case 'ActionFieldRevised': {
      if (state.status === 'empty') return state;
      const { title, description } = event.data;
      return {
        ...state,
        ...(title === undefined ? {} : { title }),
        ...(description === undefined ? {} : { description }),
      };
    }
    case 'ActionFieldRetired': {
      if (state.status !== 'active') return state;
      return {
        ...state,
        status: 'retired',
        retiredAt: event.occurredAt,
        ...reasonAs('retirementReason', event),
      };
    }
    default:
      return assertNever(event);
  }
};
