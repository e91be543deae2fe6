import {
  checkBody,
  checkIds,
  checkOneOf,
  checkText,
  firstError,
  nothingToChange,
  oneEvent,
  SECTORS,
  TITLE_MAX,
  textOrNothing,
} from '../shared/index.js';
import type { ReviseSuggestion } from './commands.js';
import type { Decision } from './common.js';
import type { SuggestionRevisedData } from './events.js';
import type { ExistingSuggestion } from './state.js';

/** Only what differs from the suggestion as it is; a cleared title is recorded as ''. */
const changesOf = (
  { data }: ReviseSuggestion,
  suggestion: ExistingSuggestion,
): SuggestionRevisedData => {
  const differs = <T>(given: T | undefined, current: T): given is T =>
    given !== undefined && given !== current;
  const title = data.title === undefined ? undefined : (textOrNothing(data.title) ?? '');
  const ids = data.actionFieldIds ?? suggestion.actionFieldIds;
  const added = ids.filter((id) => !suggestion.actionFieldIds.includes(id));
  const removed = suggestion.actionFieldIds.filter((id) => !ids.includes(id));
  return {
    suggestionId: suggestion.suggestionId,
    ...(differs(data.text, suggestion.text) ? { text: data.text } : {}),
    ...(differs(title, suggestion.title ?? '') ? { title } : {}),
    ...(differs(data.sector, suggestion.sector) ? { sector: data.sector } : {}),
    ...(added.length > 0 ? { addedActionFieldIds: added } : {}),
    ...(removed.length > 0 ? { removedActionFieldIds: removed } : {}),
  };
};

export const reviseSuggestion = (
  command: ReviseSuggestion,
  suggestion: ExistingSuggestion,
): Decision => {
  const { data, metadata } = command;
  const invalid = firstError(
    data.text === undefined ? undefined : checkBody('text', data.text),
    checkText('title', data.title, { max: TITLE_MAX, required: false }),
    data.sector === undefined ? undefined : checkOneOf('sector', data.sector, SECTORS),
    data.actionFieldIds === undefined ? undefined : checkIds('actionFieldIds', data.actionFieldIds),
  );
  if (invalid) return invalid;
  const changes = changesOf(command, suggestion);
  if (Object.keys(changes).length === 1) {
    return nothingToChange();
  }
  return oneEvent(metadata, {
    type: 'SuggestionRevised',
    schemaVersion: 1,
    data: changes,
  });
};
