import type { DomainError } from '../shared/index.js';
import {
  badInput,
  checkDate,
  checkText,
  firstError,
  invalidTransition,
  isDomainError,
  NAME_MAX,
  TITLE_MAX,
} from '../shared/index.js';
import type { AdoptRecommendation } from './commands.js';
import type { RecommendationEvent } from './events.js';
import type { ExistingRecommendation } from './state.js';
import { checkId, headerOf } from './validate.js';

type Result = readonly RecommendationEvent[] | DomainError;

const checkMeasure = (command: AdoptRecommendation): DomainError | undefined => {
  const { measureId, measure } = command.data;
  const { plannedStart, plannedEnd } = measure;
  return firstError(
    checkId('measureId', measureId),
    checkText('measure.title', measure.title, { max: TITLE_MAX, required: false }),
    checkText('measure.owner', measure.owner, { max: NAME_MAX }),
    checkDate('measure.plannedStart', plannedStart, false),
    checkDate('measure.plannedEnd', plannedEnd, false),
    plannedStart !== undefined &&
      plannedEnd !== undefined &&
      Date.parse(plannedEnd) < Date.parse(plannedStart)
      ? badInput(
          'measure.plannedEnd',
          'Das geplante Ende liegt vor dem geplanten Beginn.',
          'The planned end is before the planned start.',
        )
      : undefined,
  );
};

/** The event resolves what the Measure starts with, so `reactionsTo` needs nothing else. */
export const adopt = (command: AdoptRecommendation, state: ExistingRecommendation): Result => {
  if (state.status !== 'prioritised') return invalidTransition(state.status, command.type);
  const header = checkMeasure(command) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const { measureId, measure } = command.data;
  const title =
    measure.title === undefined || measure.title.trim() === '' ? state.title : measure.title;
  const data = {
    recommendationId: state.recommendationId,
    measureId,
    measure: {
      title,
      owner: measure.owner,
      actionFieldIds: state.actionFieldIds,
      ...(measure.plannedStart === undefined ? {} : { plannedStart: measure.plannedStart }),
      ...(measure.plannedEnd === undefined ? {} : { plannedEnd: measure.plannedEnd }),
    },
  };
  return [{ type: 'RecommendationAdopted', schemaVersion: 1, ...header, data }];
};
