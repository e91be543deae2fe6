import { type Command, everyOf } from '../shared/index.js';

export interface DefineProcessData {
  /** Always `processIdOfSlug(slug)`: the id is the slug's, so a taken slug is a taken id. */
  readonly processId: string;
  /** Short name for addresses (`/p/<slug>/`), e.g. `industrie-der-zukunft`; never changes. */
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** Auftraggeber: who commissioned the process, e.g. the ministry. */
  readonly commissionedBy: string;
  /** Durchführung: the organisation running it. */
  readonly runBy: string;
}

/** Only the fields to change; at least one must differ from the current value. */
export interface ReviseProcessData {
  readonly processId: string;
  readonly title?: string;
  readonly description?: string;
  readonly commissionedBy?: string;
  readonly runBy?: string;
}

export interface ProcessIdData {
  readonly processId: string;
}

export interface PlanProcessPhaseData {
  readonly processId: string;
  readonly phaseId: string;
  readonly title: string;
  /** Calendar dates `YYYY-MM-DD`; the end may stay open (implementation to 2030 and beyond). */
  readonly plannedStart: string;
  readonly plannedEnd?: string;
}

export interface ProcessPhaseData {
  readonly processId: string;
  readonly phaseId: string;
}

export type DefineProcess = Command<'DefineProcess', DefineProcessData>;
export type ReviseProcess = Command<'ReviseProcess', ReviseProcessData>;
export type StartProcess = Command<'StartProcess', ProcessIdData>;
export type ConcludeProcess = Command<'ConcludeProcess', ProcessIdData>;
export type PlanProcessPhase = Command<'PlanProcessPhase', PlanProcessPhaseData>;
export type StartProcessPhase = Command<'StartProcessPhase', ProcessPhaseData>;
export type CloseProcessPhase = Command<'CloseProcessPhase', ProcessPhaseData>;

export type ProcessCommand =
  | DefineProcess
  | ReviseProcess
  | StartProcess
  | ConcludeProcess
  | PlanProcessPhase
  | StartProcessPhase
  | CloseProcessPhase;

export const PROCESS_COMMAND_TYPES = everyOf<ProcessCommand['type']>()([
  'DefineProcess',
  'ReviseProcess',
  'StartProcess',
  'ConcludeProcess',
  'PlanProcessPhase',
  'StartProcessPhase',
  'CloseProcessPhase',
]);
