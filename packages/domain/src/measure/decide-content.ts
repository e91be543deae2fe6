import {
  changedTexts,
  checkBody,
  checkDate,
  checkId,
  checkIds,
  checkPeriod,
  checkRevisedPeriod,
  checkText,
  checkTitle,
  type DomainError,
  firstError,
  NAME_MAX,
  nothingToChange,
  oneEvent,
  periodOf,
} from '../shared/index.js';
import type { PlanMeasure, ReviseMeasure } from './commands.js';
import type { MeasureEvent, MeasureRevised } from './events.js';
import type { ExistingMeasure } from './state.js';

type Decision = readonly MeasureEvent[] | DomainError;

/** Adoption plans the measure: the recommendation's reaction sends this, nobody else. */
export const plan = ({ data, metadata }: PlanMeasure): Decision => {
  const { measureId, adoptedFrom, title, owner, actionFieldIds, adoptedAt } = data;
  const { plannedStart, plannedEnd } = data;
  const invalid = firstError(
    checkId('measureId', measureId),
    checkId('adoptedFrom', adoptedFrom),
    checkTitle('title', title),
    checkText('owner', owner, { max: NAME_MAX }),
    checkIds('actionFieldIds', actionFieldIds),
    checkDate('adoptedAt', adoptedAt),
    checkPeriod(plannedStart, plannedEnd),
  );
  if (invalid) return invalid;
  return oneEvent(metadata, {
    type: 'MeasurePlanned',
    schemaVersion: 2,
    data: {
      measureId,
      adoptedFrom,
      title,
      owner,
      actionFieldIds,
      adoptedAt,
      ...periodOf(data),
    },
  });
};

/** Content stays editable while the measure is open; a closed one keeps its record. */
export const revise = (command: ReviseMeasure, state: ExistingMeasure): Decision => {
  const { data, metadata } = command;
  const invalid = firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.owner === undefined ? undefined : checkText('owner', data.owner, { max: NAME_MAX }),
    data.description === undefined ? undefined : checkBody('description', data.description),
    checkRevisedPeriod(data, state),
  );
  if (invalid) return invalid;
  const changes: Omit<MeasureRevised['data'], 'measureId'> = {
    ...changedTexts(['title', 'owner', 'description'], data, state),
    ...periodOf(changedTexts(['plannedStart', 'plannedEnd'], data, state)),
  };
  if (Object.keys(changes).length === 0) return nothingToChange();
  return oneEvent(metadata, {
    type: 'MeasureRevised',
    schemaVersion: 2,
    data: { measureId: state.measureId, ...changes },
  });
};
