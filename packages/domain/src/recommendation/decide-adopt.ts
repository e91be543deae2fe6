import type { DomainError } from '../shared/index.js';
import {
  checkId,
  checkPeriod,
  checkText,
  firstError,
  NAME_MAX,
  oneEvent,
  periodOf,
  TITLE_MAX,
  textOrNothing,
} from '../shared/index.js';
import type { AdoptRecommendation } from './commands.js';
import type { RecommendationEvent } from './events.js';
import type { ExistingRecommendation } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;

const checkMeasure = (command: AdoptRecommendation): DomainError | undefined => {
  const { measureId, measure } = command.data;
  const { plannedStart, plannedEnd } = measure;
  return firstError(
    checkId('measureId', measureId),
    checkText('measure.title', measure.title, { max: TITLE_MAX, required: false }),
    checkText('measure.owner', measure.owner, { max: NAME_MAX }),
    // By calendar day, as the Measure it starts checks its period: both must accept the same.
    checkPeriod(plannedStart, plannedEnd, { prefix: 'measure.' }),
  );
};

/** The event resolves what the Measure starts with, so `reactionsTo` needs nothing else. */
export const adopt = (command: AdoptRecommendation, state: ExistingRecommendation): Decision => {
  const invalid = checkMeasure(command);
  if (invalid) return invalid;
  const { measureId, measure } = command.data;
  const title = textOrNothing(measure.title) ?? state.title;
  const data = {
    recommendationId: state.recommendationId,
    measureId,
    measure: {
      title,
      owner: measure.owner,
      actionFieldIds: state.actionFieldIds,
      ...periodOf(measure),
    },
  };
  return oneEvent(command.metadata, { type: 'RecommendationAdopted', schemaVersion: 2, data });
};
