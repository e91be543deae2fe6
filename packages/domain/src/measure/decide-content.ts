import {
  checkBody,
  checkDate,
  checkText,
  checkTitle,
  DomainError,
  firstError,
  invalidTransition,
  isDomainError,
  NAME_MAX,
} from '../shared/index.js';
import type { PlanMeasure, ReviseMeasure } from './commands.js';
import type { MeasureEvent, MeasureRevised } from './events.js';
import type { ExistingMeasure, MeasureState } from './state.js';
import { isOpen } from './state.js';
import { checkId, checkIds, checkPeriod, conflict, headerOf } from './validate.js';

type Result = readonly MeasureEvent[] | DomainError;

/** Adoption plans the measure: the recommendation's reaction sends this, nobody else. */
export const plan = ({ data, metadata }: PlanMeasure, state: MeasureState): Result => {
  if (state.status !== 'empty') {
    return conflict(
      'measureId',
      `Die Maßnahme „${data.measureId}“ gibt es bereits.`,
      `Measure "${data.measureId}" already exists.`,
    );
  }
  const { measureId, adoptedFrom, title, owner, actionFieldIds, adoptedAt } = data;
  const { plannedStart, plannedEnd } = data;
  const header =
    firstError(
      checkId('measureId', measureId),
      checkId('adoptedFrom', adoptedFrom),
      checkTitle('title', title),
      checkText('owner', owner, { max: NAME_MAX }),
      checkIds('actionFieldIds', actionFieldIds),
      checkDate('adoptedAt', adoptedAt),
      checkPeriod(plannedStart, plannedEnd),
    ) ?? headerOf(metadata);
  if (isDomainError(header)) return header;
  const event: MeasureEvent = {
    type: 'MeasurePlanned',
    ...header,
    data: {
      measureId,
      adoptedFrom,
      title,
      owner,
      actionFieldIds,
      adoptedAt,
      ...(plannedStart === undefined ? {} : { plannedStart }),
      ...(plannedEnd === undefined ? {} : { plannedEnd }),
    },
  };
  return [event];
};

type Editable = 'title' | 'owner' | 'description' | 'plannedStart' | 'plannedEnd';
const EDITABLE: readonly Editable[] = [
  'title',
  'owner',
  'description',
  'plannedStart',
  'plannedEnd',
];

/** The fields that differ from the current state (all of them text). */
const changesOf = (data: ReviseMeasure['data'], state: ExistingMeasure) => {
  const changes: Partial<Record<Editable, string>> = {};
  for (const key of EDITABLE) {
    const value = data[key];
    if (value !== undefined && value !== state[key]) changes[key] = value;
  }
  return changes;
};

/** Content stays editable while the measure is open; a closed one keeps its record. */
export const revise = (command: ReviseMeasure, state: ExistingMeasure): Result => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { data, metadata } = command;
  const invalid = firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.owner === undefined ? undefined : checkText('owner', data.owner, { max: NAME_MAX }),
    data.description === undefined ? undefined : checkBody('description', data.description),
    checkPeriod(
      data.plannedStart ?? state.plannedStart,
      data.plannedEnd ?? state.plannedEnd,
      data.plannedEnd === undefined ? 'plannedStart' : 'plannedEnd',
    ),
  );
  if (invalid) return invalid;
  const changes: Omit<MeasureRevised['data'], 'measureId'> = changesOf(data, state);
  if (Object.keys(changes).length === 0) {
    return new DomainError('BAD_USER_INPUT', {
      de: 'Die Änderung ändert nichts: alle Angaben sind unverändert.',
      en: 'Nothing to change: every field is unchanged.',
    });
  }
  const header = headerOf(metadata);
  if (isDomainError(header)) return header;
  return [{ type: 'MeasureRevised', ...header, data: { measureId: state.measureId, ...changes } }];
};
