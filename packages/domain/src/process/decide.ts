import { createOnce } from '../shared/create-once.js';
import {
  calendarDateIn,
  checkBody,
  checkCalendarDate,
  checkedCalendarDate,
  checkId,
  checkPeriod,
  checkText,
  checkTitle,
  conflict,
  type DomainError,
  firstError,
  headerOf,
  invalidTransition,
  isDomainError,
  itemDecider,
  NAME_MAX,
  notFound,
  nothingToChange,
  oneEvent,
  periodOf,
} from '../shared/index.js';
import type {
  DefineProcess,
  PlanProcessPhase,
  ProcessCommand,
  ProcessPhaseData,
  ReviseProcess,
} from './commands.js';
import type { ProcessEvent, ProcessRevisedData } from './events.js';
import type { ProcessState } from './state.js';
import { checkProcessId, checkSlug } from './validate.js';

type Decision = readonly ProcessEvent[] | DomainError;
type ExistingProcess = Exclude<ProcessState, { status: 'empty' }>;

const checkOrganisation = (field: string, value: string | undefined) =>
  checkText(field, value, { max: NAME_MAX });

const define = ({ data, metadata }: DefineProcess): Decision => {
  const invalid = firstError(
    checkSlug(data.slug),
    checkId('processId', data.processId),
    checkTitle('title', data.title),
    checkBody('description', data.description),
    checkOrganisation('commissionedBy', data.commissionedBy),
    checkOrganisation('runBy', data.runBy),
  );
  if (invalid) return invalid;
  const wrongId = checkProcessId(data.processId, data.slug);
  if (wrongId) return wrongId;
  const { processId, slug, title, description, commissionedBy, runBy } = data;
  return oneEvent(metadata, {
    type: 'ProcessDefined',
    schemaVersion: 1,
    data: { processId, slug, title, description, commissionedBy, runBy },
  });
};

const REVISABLE = ['title', 'description', 'commissionedBy', 'runBy'] as const;

const revise = ({ data, metadata }: ReviseProcess, state: ExistingProcess): Decision => {
  const invalid = firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.description === undefined ? undefined : checkBody('description', data.description),
    data.commissionedBy === undefined
      ? undefined
      : checkOrganisation('commissionedBy', data.commissionedBy),
    data.runBy === undefined ? undefined : checkOrganisation('runBy', data.runBy),
  );
  if (invalid) return invalid;
  const changed = REVISABLE.filter((field) => {
    const value = data[field];
    return value !== undefined && value !== state[field];
  });
  if (changed.length === 0) return nothingToChange();
  const changes: ProcessRevisedData = {
    processId: state.processId,
    ...Object.fromEntries(changed.map((field) => [field, data[field]])),
  };
  return oneEvent(metadata, { type: 'ProcessRevised', schemaVersion: 1, data: changes });
};

const advance = (
  command: Extract<ProcessCommand, { type: 'StartProcess' | 'ConcludeProcess' }>,
  state: ExistingProcess,
): Decision =>
  oneEvent(command.metadata, {
    type: command.type === 'StartProcess' ? 'ProcessStarted' : 'ProcessConcluded',
    schemaVersion: 1,
    data: { processId: state.processId },
  });

const planPhase = ({ data, metadata }: PlanProcessPhase, state: ExistingProcess): Decision => {
  const invalid = firstError(
    checkId('phaseId', data.phaseId),
    checkTitle('title', data.title),
    checkCalendarDate('plannedStart', data.plannedStart),
    checkPeriod(data.plannedStart, data.plannedEnd),
  );
  if (invalid) return invalid;
  if (state.phases.some((phase) => phase.phaseId === data.phaseId)) {
    return conflict(
      'phaseId',
      `Die Phase „${data.phaseId}“ ist schon geplant.`,
      `Phase "${data.phaseId}" is already planned.`,
    );
  }
  const { plannedEnd } = periodOf(data);
  return oneEvent(metadata, {
    type: 'ProcessPhasePlanned',
    schemaVersion: 1,
    data: {
      processId: state.processId,
      phaseId: data.phaseId,
      title: data.title,
      plannedStart: checkedCalendarDate(data.plannedStart),
      ...(plannedEnd === undefined ? {} : { plannedEnd }),
    },
  });
};

/** A phase starts (planned → running) or closes (running → closed) while the process runs. */
const movePhase = (
  command: Extract<ProcessCommand, { type: 'StartProcessPhase' | 'CloseProcessPhase' }>,
  state: ExistingProcess,
): Decision => {
  const data: ProcessPhaseData = command.data;
  const phase = state.phases.find((each) => each.phaseId === data.phaseId);
  if (!phase) return notFound('phaseId', data.phaseId);
  const from = command.type === 'StartProcessPhase' ? 'planned' : 'running';
  if (phase.status !== from) return invalidTransition(phase.status, command.type);
  const header = headerOf(command.metadata);
  if (isDomainError(header)) return header;
  return [
    {
      type: command.type === 'StartProcessPhase' ? 'ProcessPhaseStarted' : 'ProcessPhaseClosed',
      schemaVersion: 1,
      ...header,
      data: {
        processId: state.processId,
        phaseId: phase.phaseId,
        on: calendarDateIn(header.occurredAt, command.metadata.timeZone),
      },
    },
  ];
};

/**
 * planned → running → concluded. Phases are planned until the process concludes and start and
 * close while it runs; its details are revised until it concludes.
 */
export const decide = itemDecider<ProcessCommand, ProcessState>()({
  idField: 'processId',
  create: { DefineProcess: createOnce('Process', 'processId', define) },
  from: {
    ReviseProcess: ['planned', 'running'],
    StartProcess: ['planned'],
    ConcludeProcess: ['running'],
    PlanProcessPhase: ['planned', 'running'],
    StartProcessPhase: ['running'],
    CloseProcessPhase: ['running'],
  },
  change: {
    ReviseProcess: revise,
    StartProcess: advance,
    ConcludeProcess: advance,
    PlanProcessPhase: planPhase,
    StartProcessPhase: movePhase,
    CloseProcessPhase: movePhase,
  },
});
