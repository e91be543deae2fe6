import {
  type CalendarDate,
  type DomainEvent,
  everyOf,
  type RecordedData,
} from '../shared/index.js';
import type {
  DefineProcessData,
  PlanProcessPhaseData,
  ProcessIdData,
  ReviseProcessData,
} from './commands.js';

export type ProcessDefinedData = DefineProcessData;

/** Carries only the fields that changed. */
export type ProcessRevisedData = ReviseProcessData;

export type ProcessPhasePlannedData = RecordedData<
  PlanProcessPhaseData,
  'plannedStart' | 'plannedEnd'
>;

/** `on`: the calendar day it happened in the installation's time zone (what phases compare). */
export interface ProcessPhaseDayData {
  readonly processId: string;
  readonly phaseId: string;
  readonly on: CalendarDate;
}

export type ProcessDefined = DomainEvent<'ProcessDefined', ProcessDefinedData>;
export type ProcessRevised = DomainEvent<'ProcessRevised', ProcessRevisedData>;
export type ProcessStarted = DomainEvent<'ProcessStarted', ProcessIdData>;
export type ProcessConcluded = DomainEvent<'ProcessConcluded', ProcessIdData>;
export type ProcessPhasePlanned = DomainEvent<'ProcessPhasePlanned', ProcessPhasePlannedData>;
export type ProcessPhaseStarted = DomainEvent<'ProcessPhaseStarted', ProcessPhaseDayData>;
export type ProcessPhaseClosed = DomainEvent<'ProcessPhaseClosed', ProcessPhaseDayData>;

export type ProcessEvent =
  | ProcessDefined
  | ProcessRevised
  | ProcessStarted
  | ProcessConcluded
  | ProcessPhasePlanned
  | ProcessPhaseStarted
  | ProcessPhaseClosed;

export const PROCESS_EVENT_TYPES = everyOf<ProcessEvent['type']>()([
  'ProcessDefined',
  'ProcessRevised',
  'ProcessStarted',
  'ProcessConcluded',
  'ProcessPhasePlanned',
  'ProcessPhaseStarted',
  'ProcessPhaseClosed',
]);
