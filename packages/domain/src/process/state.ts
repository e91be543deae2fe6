import { assertNever, type CalendarDate, type Existing } from '../shared/index.js';
import type { ProcessDefinedData, ProcessEvent } from './events.js';

export const PHASE_STATUSES = ['planned', 'running', 'closed'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** A phase of the process, in the order planned. */
export interface ProcessPhase {
  readonly phaseId: string;
  readonly title: string;
  readonly status: PhaseStatus;
  readonly plannedStart: CalendarDate;
  readonly plannedEnd?: CalendarDate;
  readonly startedOn?: CalendarDate;
  readonly closedOn?: CalendarDate;
}

/** What it was defined with, and since. */
interface ProcessDetails extends ProcessDefinedData {
  readonly definedAt: string;
  readonly startedAt?: string;
  readonly concludedAt?: string;
  readonly phases: readonly ProcessPhase[];
}

export interface PlannedProcess extends ProcessDetails {
  readonly status: 'planned';
}
export interface RunningProcess extends ProcessDetails {
  readonly status: 'running';
  readonly startedAt: string;
}
export interface ConcludedProcess extends ProcessDetails {
  readonly status: 'concluded';
  readonly concludedAt: string;
}

export type ProcessState =
  | { readonly status: 'empty' }
  | PlannedProcess
  | RunningProcess
  | ConcludedProcess;
export type ProcessStatus = Existing<ProcessState>['status'];

export const PROCESS_STATUSES = [
  'planned',
  'running',
  'concluded',
] as const satisfies readonly ProcessStatus[];

export const initialState: ProcessState = { status: 'empty' };

const withPhase = (
  state: Existing<ProcessState>,
  phaseId: string,
  change: (phase: ProcessPhase) => ProcessPhase,
): ProcessState => ({
  ...state,
  phases: state.phases.map((phase) => (phase.phaseId === phaseId ? change(phase) : phase)),
});

/** What starting and closing a phase change on it: its status and the day of the move. */
const PHASE_MOVES = {
  ProcessPhaseStarted: (on: CalendarDate) => ({ status: 'running' as const, startedOn: on }),
  ProcessPhaseClosed: (on: CalendarDate) => ({ status: 'closed' as const, closedOn: on }),
};

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: ProcessState, event: ProcessEvent): ProcessState => {
  switch (event.type) {
    case 'ProcessDefined':
      return { status: 'planned', ...event.data, definedAt: event.occurredAt, phases: [] };
    case 'ProcessRevised': {
      if (state.status === 'empty') return state;
      const { processId: _, ...changes } = event.data;
      return { ...state, ...changes };
    }
    case 'ProcessStarted':
      return state.status === 'planned'
        ? { ...state, status: 'running', startedAt: event.occurredAt }
        : state;
    case 'ProcessConcluded':
      return state.status === 'running'
        ? { ...state, status: 'concluded', concludedAt: event.occurredAt }
        : state;
    case 'ProcessPhasePlanned': {
      if (state.status === 'empty') return state;
      const { processId: _, ...phase } = event.data;
      return { ...state, phases: [...state.phases, { ...phase, status: 'planned' }] };
    }
    case 'ProcessPhaseStarted':
    case 'ProcessPhaseClosed': {
      if (state.status === 'empty') return state;
      const move = PHASE_MOVES[event.type](event.data.on);
      return withPhase(state, event.data.phaseId, (phase) => ({ ...phase, ...move }));
    }
    default:
      return assertNever(event);
  }
};
