import type { CommandMetadata, FollowUp } from '../shared/index.js';
import type {
  CaptureSuggestion,
  CaptureSuggestionData,
  SuggestionTaker,
  TakeUpSuggestion,
} from './commands.js';

/**
 * The one way to take a suggestion up from another aggregate: the follow-up a recommendation or
 * project idea returns from `reactionsTo` (metadata: usually `followUpMetadata(occurredAt)`).
 */
export const takeUpSuggestionFollowUp = (
  suggestionId: string,
  by: SuggestionTaker,
  metadata: CommandMetadata,
): FollowUp => {
  const command: TakeUpSuggestion = {
    type: 'TakeUpSuggestion',
    data: { suggestionId, by },
    metadata,
  };
  return { kind: 'Suggestion', command };
};

/** The one way another aggregate captures a suggestion: an accepted online submission. */
export const captureSuggestionFollowUp = (
  data: CaptureSuggestionData,
  metadata: CommandMetadata,
): FollowUp => {
  const command: CaptureSuggestion = { type: 'CaptureSuggestion', data, metadata };
  return { kind: 'Suggestion', command };
};
