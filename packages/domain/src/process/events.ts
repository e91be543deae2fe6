import { type CalendarDate, type DomainEvent, everyOf } from '../shared/index.js';

export interface ProcessDefinedData {
  readonly processId: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly commissionedBy: string;
  readonly runBy: string;
}

/** Carries only the fields that changed. */
export interface ProcessRevisedData {
  readonly processId: string;
  readonly title?: string;
  readonly description?: string;
  readonly commissionedBy?: string;
  readonly runBy?: string;
}

export interface ProcessStatusData {
  readonly processId: string;
}

export interface ProcessPhasePlannedData {
  readonly processId: string;
  readonly phaseId: string;
  readonly title: string;
  readonly plannedStart: CalendarDate;
  readonly plannedEnd?: CalendarDate;
}

/** `on`: the calendar day it happened in the installation's time zone (what phases compare). */
export interface ProcessPhaseDayData {
  readonly processId: string;
  readonly phaseId: string;
  readonly on: CalendarDate;
}

export type ProcessDefined = DomainEvent<'ProcessDefined', ProcessDefinedData>;
export type ProcessRevised = DomainEvent<'ProcessRevised', ProcessRevisedData>;
export type ProcessStarted = DomainEvent<'ProcessStarted', ProcessStatusData>;
export type ProcessConcluded = DomainEvent<'ProcessConcluded', ProcessStatusData>;
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
