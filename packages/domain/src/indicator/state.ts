import {
  assertNever,
  type CalendarDate,
  type Existing,
  editExisting,
  reasonAs,
} from '../shared/index.js';
import type { IndicatorDefinition, IndicatorEvent, IndicatorTarget } from './events.js';

/** One reported value as it stands now: corrections replace it here, the events keep both. */
export interface IndicatorValue {
  readonly valueId: string;
  readonly value: number;
  readonly referenceDate: CalendarDate;
  readonly source: string;
  readonly cycleId?: string;
  readonly reportedAt: string;
  readonly correctedAt?: string;
  readonly correctionReason?: string;
}

/** A moved goalpost as the state remembers it. */
export interface TargetChange {
  readonly previousTarget: IndicatorTarget;
  readonly target: IndicatorTarget;
  readonly changedAt: string;
  readonly reason?: string;
}

export interface IndicatorBase extends IndicatorDefinition {
  /** In the order reported. */
  readonly values: readonly IndicatorValue[];
  readonly targetChanges: readonly TargetChange[];
  readonly definedAt: string;
}

export type IndicatorState =
  | { readonly status: 'empty' }
  | (IndicatorBase & { readonly status: 'active' })
  | (IndicatorBase & {
      readonly status: 'retired';
      readonly retiredAt: string;
      readonly retireReason?: string;
    });

export type ExistingIndicator = Existing<IndicatorState>;
export type IndicatorStatus = ExistingIndicator['status'];

export const INDICATOR_STATUSES = [
  'active',
  'retired',
] as const satisfies readonly IndicatorStatus[];

export const initialState: IndicatorState = { status: 'empty' };

const edit = editExisting<IndicatorState, IndicatorBase>;

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: IndicatorState, event: IndicatorEvent): IndicatorState => {
  const at = event.occurredAt;
  switch (event.type) {
    case 'IndicatorDefined':
      return { status: 'active', ...event.data, values: [], targetChanges: [], definedAt: at };
    case 'IndicatorRevised': {
      const { indicatorId: _, ...changes } = event.data;
      return edit(state, () => changes);
    }
    case 'IndicatorTargetChanged': {
      const { target, previousTarget, intermediateTargets } = event.data;
      const change: TargetChange = {
        previousTarget,
        target,
        changedAt: at,
        ...reasonAs('reason', event),
      };
      return edit(state, ({ targetChanges }) => ({
        target,
        intermediateTargets,
        targetChanges: [...targetChanges, change],
      }));
    }
    case 'IndicatorValueReported': {
      const { indicatorId: _, ...value } = event.data;
      return edit(state, ({ values }) => ({ values: [...values, { ...value, reportedAt: at }] }));
    }
    case 'IndicatorValueCorrected': {
      const { valueId, value, referenceDate, source } = event.data;
      return edit(state, ({ values }) => ({
        values: values.map((each) =>
          each.valueId === valueId
            ? {
                ...each,
                value,
                referenceDate,
                source,
                correctedAt: at,
                ...reasonAs('correctionReason', event),
              }
            : each,
        ),
      }));
    }
    case 'IndicatorRetired':
      return state.status === 'active'
        ? {
            ...state,
            status: 'retired',
            retiredAt: at,
            ...reasonAs('retireReason', event),
          }
        : state;
    default:
      return assertNever(event);
  }
};
