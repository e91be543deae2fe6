import type { DomainError } from '../shared/index.js';
import { badInput, checkBody, checkId, checkTitle, firstError, oneEvent } from '../shared/index.js';
import type { SplitRecommendation } from './commands.js';
import type { RecommendationEvent } from './events.js';
import type { ExistingRecommendation } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;

const checkParts = (command: SplitRecommendation, ownId: string): DomainError | undefined => {
  const { parts } = command.data;
  if (parts.length < 2) {
    return badInput(
      'parts',
      'Eine Aufteilung braucht mindestens zwei Teile.',
      'A split needs at least two parts.',
    );
  }
  for (const [index, part] of parts.entries()) {
    const field = `parts.${index}`;
    const id = part.recommendationId;
    const invalid = firstError(
      checkId(`${field}.recommendationId`, id),
      id === ownId || parts.findIndex((other) => other.recommendationId === id) !== index
        ? badInput(
            `${field}.recommendationId`,
            `Die ID „${id}“ ist schon vergeben.`,
            `The id "${id}" is already taken.`,
          )
        : undefined,
      checkTitle(`${field}.title`, part.title),
      checkBody(`${field}.body`, part.body),
    );
    if (invalid) return invalid;
  }
  return undefined;
};

/** The original ends as `split`; the parts are drafted by `reactionsTo` with its links. */
export const split = (command: SplitRecommendation, state: ExistingRecommendation): Decision => {
  const invalid = checkParts(command, state.recommendationId);
  if (invalid) return invalid;
  const data = {
    recommendationId: state.recommendationId,
    parts: command.data.parts.map(({ recommendationId, title, body }) => ({
      recommendationId,
      title,
      body,
    })),
    derivedFrom: state.derivedFrom,
    actionFieldIds: state.actionFieldIds,
  };
  return oneEvent(command.metadata, { type: 'RecommendationSplit', schemaVersion: 1, data });
};
